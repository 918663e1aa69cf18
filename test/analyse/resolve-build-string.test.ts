import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveBuildString } from '../../src/analyse/resolve-build-string.js';
import { formatBuild } from '../../src/parse/build/build.js';
import type { Catalog } from '../../src/catalog/model.js';
import { BuildStringError } from '../../src/shared/errors.js';
import { analyze, embeddedCatalog, fixturePath, loadFixtureCatalog } from '../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

const AS_OF = '2026-11-24';
const resolve = (text: string): ReturnType<typeof resolveBuildString> => resolveBuildString(catalog, text);
const codes = (text: string): string[] => resolve(text).warnings.map((warning) => warning.code);
const buildText = (name: string): string => readFileSync(fixturePath(`build-text/${name}`), 'utf8');

function refusal(text: string): string {
  try {
    resolve(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(text)} was read`);
}

describe('resolveBuildString reads build text with the catalog’s ranges', () => {
  it.each([
    ['15.02.1118.015', '15.2.1118.15', 'dotted', 'exact'],
    ['Version 15.2 (Build 1544.4)', '15.2.1544.4', 'admin-display-version', 'cu-level'],
    ['Build Number: 15.02.1544.014\nVersion: Exchange 2019 CU14 Nov24SUv2', '15.2.1544.14', 'health-checker', 'exact'],
    ['X-OWA-Version: 15.2.1544.9', '15.2.1544.9', 'http-header', 'exact'],
    [
      '    MsiProductMajor    REG_DWORD    0xf\n    MsiProductMinor    REG_DWORD    0x2\n    MsiBuildMajor    REG_DWORD    0x6d4\n    MsiBuildMinor    REG_DWORD    0xa',
      '15.2.1748.10',
      'registry-setup',
      'cu-level',
    ],
    ['serialNumber : {Version 15.1 (Build 32507.6)}', '15.1.2507.6', 'ad-serial-number', 'cu-level'],
  ])('%j is %s, read as %s (%s)', (text, build, form, proves) => {
    expect(resolve(text)).toMatchObject({ form, proves });
    expect(formatBuild(resolve(text).build)).toBe(build);
  });

  it.each([
    ['reg-query-setup.txt', 'registry-setup'],
    ['setup-key.reg', 'registry-setup'],
    ['get-itemproperty-setup.txt', 'registry-setup'],
    ['exsetup-fileversioninfo.clixml', 'clixml'],
    ['exchangesetup-install.log', 'setup-log'],
    ['mail-header-on-premises.txt', 'mail-header'],
    ['curl-owa-headers.txt', 'http-header'],
  ])('reads the pasted %s as %s', (file, form) => {
    expect(resolve(buildText(file)).form).toBe(form);
  });

  it('analyses the CU-level forms as cu-level, like AdminDisplayVersion', () => {
    for (const text of ['Version 15.2 (Build 1544.4)', buildText('reg-query-setup.txt'), buildText('get-adobject-serialnumber.txt')]) {
      expect(analyze(catalog, text, AS_OF).confidence).toBe('cu-level');
    }
    expect(analyze(catalog, buildText('health-checker-exchange-2019.txt'), AS_OF).confidence).toBe('exact');
  });
});

describe('release names in Microsoft’s own style', () => {
  it.each([
    ['Exchange Server 2019 CU14', 'Exchange 2019 CU14'],
    ['"Exchange Server 2019 Cumulative Update 14"', 'Exchange 2019 CU14'],
    ['Exchange 2019 CU14 Nov24SU v2', 'Exchange 2019 CU14 Nov24SUv2'],
    ['exchange server 2016 cumulative update 23', 'Exchange 2016 CU23'],
    ['Exchange Server 2010 SP3', 'Exchange 2010 SP3 RTM'],
    ['Exchange 2019 CU13', 'Exchange 2019 CU13 (2023H1)'],
    ['Exchange Server Subscription Edition RTM', 'Exchange SE RTM'],
    ['Exchange 2019 CU12 Oct22SU', 'Exchange 2019 CU12 Oct22SU'],
  ])('%j is the release %s', (text, name) => {
    const resolved = resolve(text);
    expect(resolved.form).toBe('release-name');
    expect(formatBuild(resolved.build)).toBe(formatBuild(catalog.releasesByName.get(name.toLowerCase())!.build));
  });

  it('refuses a name the catalog does not list, naming the nearest of the same product', () => {
    expect(refusal('Exchange Server 2019 CU99')).toMatch(
      /^the catalog \(published \d{4}-\d{2}-\d{2}\) lists no release named "Exchange 2019 CU99"; did you mean "Exchange 2019 CU9"/,
    );
  });
});

describe('a release name beside a build', () => {
  it('agrees when it names the build or its CU', () => {
    expect(codes('Build Number: 15.02.1544.014\nVersion: Exchange 2019 CU14 Nov24SUv2')).toEqual([]);
    expect(codes(buildText('health-checker-exchange-2019.txt'))).toEqual([]);
    expect(codes('AdminDisplayVersion : Version 15.2 (Build 1544.4)\nExchange 2019 CU14 Nov24SUv2')).toEqual([]);
  });

  it('is overruled by the build, with a warning naming both', () => {
    const { build, warnings } = resolve('Build Number: 15.02.1544.014\nVersion: Exchange 2019 CU13 Nov24SUv2');
    expect(formatBuild(build)).toBe('15.2.1544.14');
    expect(warnings).toEqual([
      {
        code: 'release-name-mismatch',
        message: 'the text names Exchange 2019 CU13 Nov24SUv2 (15.2.1258.39) but states the build 15.2.1544.14; the build is analysed',
      },
    ]);
  });

  it('is said when the catalog does not list it', () => {
    expect(codes('Build Number: 15.02.1544.014\nVersion: Exchange 2019 CU19')).toEqual(['release-name-unknown']);
  });
});

describe('products the catalog leaves out', () => {
  it.each([
    ['6.5.7638.2', 'Exchange Server 2003'],
    ['Version 6.5 (Build 7638.2: Service Pack 2)', 'Exchange Server 2003'],
    ['6.0.6249.0', 'Exchange 2000 Server'],
    [
      'Received: from AM6PR10MB2134.EURPRD10.PROD.OUTLOOK.COM ([fe80::1]) by AM6PR10MB2134.EURPRD10.PROD.OUTLOOK.COM ([fe80::1%5]) with mapi id 15.20.8466.020',
      'Exchange Online',
    ],
  ])('reads %j, and the report says it is %s with status unknown', (text, product) => {
    const report = analyze(catalog, text, AS_OF);
    expect(report.status).toBe('unknown');
    expect(report.installed.match).toBe('unknown-product');
    expect(report.warnings.map((warning) => warning.code)).toEqual(['foreign-product']);
    expect(report.warnings[0]!.message).toContain(`is a build of ${product}, a product this catalog does not cover`);
  });

  it('reads the whole text as a build even outside every range, so the report can say no product covers it', () => {
    expect(analyze(catalog, '10.0.17763.1', AS_OF).installed.match).toBe('unknown-product');
    expect(analyze(catalog, '15.3.100.1', AS_OF).installed.match).toBe('unknown-product');
  });
});

describe('refusals', () => {
  it.each([
    ['two different builds', 'FileVersion : 15.02.1544.014\nFileVersion : 15.02.1748.010', /states 2 different builds: 15\.2\.1544\.14 .* and 15\.2\.1748\.10/],
    ['a cut-off cell', 'EX01 Version 15.2 (Bu...', /looks truncated/],
    ['an IP address in running text', 'EX01 at 10.12.1.40', /states no Exchange build/],
    ['hostile text', `15.2.1118.7\u0000`, /control character U\+0000/],
  ])('%s', (_, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('reads a semantic version only for a catalog with a semver product', async () => {
    const widgets = await loadFixtureCatalog('semver-product.yaml');
    expect(resolveBuildString(widgets, 'v2.0.1')).toMatchObject({ build: { semver: '2.0.1' }, form: 'semver' });
    expect(() => resolve('2.0.1')).toThrow(BuildStringError);
  });
});
