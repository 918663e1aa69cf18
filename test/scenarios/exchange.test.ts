import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import { analyze, embeddedCatalog, exposedIds } from '../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

const codes = (report: { warnings: readonly { code: string }[] }): string[] => report.warnings.map((warning) => warning.code);

describe('servicing scenarios on the Exchange catalog', () => {
  it('a server that skipped rollups gets everything from the next one', () => {
    const report = analyze(catalog, '8.1.278.2', '2009-03-01');
    expect(report.installed.name).toBe('Exchange 2007 SP1 RU2');
    expect(report.recommended?.name).toBe('Exchange 2007 SP1 RU6');
    expect(report.recommended?.path.map((step) => step.name)).toEqual(['Exchange 2007 SP1 RU6']);
    expect(exposedIds(report)).toEqual(expect.arrayContaining(['MS08-039', 'MS09-003', 'KB950675']));
    expect(report.exposed.find((fix) => fix.id === 'MS08-039')?.fixedIn).toBe('Exchange 2007 SP1 RU3');
  });

  it('shows a fix note only where it applies: the Exchange 2013 registry step on 2013 servers, not on 2019 ones', () => {
    const noteOn = (build: string, id: string): string | null | undefined => analyze(catalog, build, '2026-11-24').exposed.find((fix) => fix.id === id)?.note;
    expect(noteOn('15.2.1118.15', 'CVE-2023-36050')).toBe('Serialized data signing must stay on (default since Nov 2023 SU)');
    expect(noteOn('15.0.1497.2', 'CVE-2023-36050')).toMatch(/^Serialized data signing must be enabled in the registry/);
    for (const build of ['15.2.1118.15', '15.1.2507.6']) {
      expect(analyze(catalog, build, '2026-11-24').exposed.filter((fix) => fix.note?.includes('2013'))).toEqual([]);
    }
  });

  it('keeps a server on an older service pack while that pack is still supported', () => {
    const report = analyze(catalog, '8.2.176.2', '2010-09-01');
    expect(report.status).toBe('behind');
    expect(report.recommended?.name).toBe('Exchange 2007 SP2 RU4');
  });

  it('moves a server to the newest supported service pack once its own pack left support', () => {
    const report = analyze(catalog, '14.2.390.3', '2014-06-01');
    expect(report.status).toBe('unsupported');
    expect(report.recommended?.path.map((step) => step.name)).toEqual(['Exchange 2010 SP3 RTM', 'Exchange 2010 SP3 RU6']);
    expect(codes(report)).toContain('line-out-of-support');
  });

  it('names the rollups around a private-fix build and analyses it from the one below', () => {
    const report = analyze(catalog, '15.2.1118.14', '2023-01-01');
    expect(report.installed).toMatchObject({ match: 'unlisted', name: null, line: 'CU12' });
    expect(report.installed.below?.name).toBe('Exchange 2019 CU12 Aug22SU');
    expect(report.installed.above?.name).toBe('Exchange 2019 CU12 Oct22SU');
    expect(exposedIds(report)).toContain('CVE-2022-41082');
    expect(exposedIds(report)).not.toContain('CVE-2022-24516');
    expect(report.warnings.find((warning) => warning.code === 'unlisted-build')?.message).toMatch(/supersedes it/);
  });

  it('sends a server on a pulled rollup to its re-release', () => {
    const report = analyze(catalog, '15.1.2507.43', '2024-12-15');
    expect(report.installed.name).toBe('Exchange 2016 CU23 Nov24SU');
    expect(report.recommended?.name).toBe('Exchange 2016 CU23 Nov24SUv2');
    expect(exposedIds(report)).toEqual(['CVE-2024-49040']);
    expect(codes(report)).toContain('replaced-release');
  });

  it('calls the same server current before the re-release existed', () => {
    const report = analyze(catalog, '15.1.2507.43', '2024-11-20');
    expect(report.status).toBe('current');
    expect(report.exposed).toEqual([]);
  });

  it('places a build above every listed release of its line on that line', () => {
    const report = analyze(catalog, '15.2.1748.60', '2026-11-24');
    expect(report.status).toBe('unsupported');
    expect(report.installed).toMatchObject({ match: 'newer', line: 'CU15' });
    expect(report.installed.below?.name).toBe('Exchange 2019 CU15 Sep26SUv2');
  });

  it('treats releases published after the as-of date as not existing', () => {
    const report = analyze(catalog, '8.0.708.3', '2007-07-01');
    expect(report.recommended?.name).toBe('Exchange 2007 RU3');
    expect(exposedIds(report)).toEqual(['MS07-026']);
  });

  it('does not credit a newer CU with a fix its line only got later', () => {
    const report = analyze(catalog, '15.2.1544.4', '2026-11-24');
    expect(exposedIds(report)).toContain('CVE-2024-49040');
    expect(report.recommended?.path.map((step) => step.kb)).toEqual(['KB5047155', 'KB5129955']);
  });

  it('reports an unknown product', () => {
    const report = analyze(catalog, '6.5.7638.1', '2026-11-24');
    expect(report.status).toBe('unknown');
    expect(report.product).toBeNull();
    expect(report.installed.match).toBe('unknown-product');
  });

  it('says plainly that a product is out of support even when nothing is missing', () => {
    const report = analyze(catalog, '8.3.517.0', '2026-11-24');
    expect(report.status).toBe('unsupported');
    expect(report.upToDate).toBe(true);
    expect(codes(report)).toContain('product-out-of-support');
  });

  it('--target newest recommends the newest release of the last product in the succession', () => {
    expect(analyze(catalog, '15.2.1544.44', '2026-11-24', 'newest').recommended?.name).toBe('Exchange SE RTM Sep26SUv2');
    expect(analyze(catalog, '14.2.390.3', '2014-06-01', 'newest').recommended?.name).toBe('Exchange 2010 SP3 RU6');
  });

  it('accepts a release name as the build string', () => {
    const report = analyze(catalog, 'exchange 2019 cu12 OCT22SU', '2026-11-24');
    expect(report.input.form).toBe('release-name');
    expect(report.installed.name).toBe('Exchange 2019 CU12 Oct22SU');
  });
});

describe('AdminDisplayVersion input only proves the CU level', () => {
  it('is current only when the CU has no security update yet', () => {
    const report = analyze(catalog, 'Version 15.2 (Build 1118.7)', '2022-05-01');
    expect(report.confidence).toBe('cu-level');
    expect(report.status).toBe('current');
  });

  it('is never current once security updates exist for its line', () => {
    const report = analyze(catalog, 'Version 15.2 (Build 1118.7)', '2022-06-01');
    expect(report.status).toBe('behind');
    expect(report.recommended?.name).toBe('Exchange 2019 CU12 May22SU');
    expect(codes(report)).toContain('security-update-level-unknown');
  });

  it('computes exposure from the CU even when the text names an update build', () => {
    const report = analyze(catalog, 'Version 15.2 (Build 1118.40)', '2023-12-01');
    expect(report.status).toBe('behind');
    expect(exposedIds(report)).toContain('CVE-2022-41082');
  });
});

describe('recommendations never downgrade', () => {
  it('recommends nothing for a build above every listed release of its product', () => {
    const report = analyze(catalog, '15.2.2562.99', '2026-11-24');
    expect(report.recommended).toBeNull();
    expect(report.exposed).toEqual([]);
  });

  it('still recommends a successor for a newer build on a product out of support', () => {
    const report = analyze(catalog, '15.2.1544.50', '2026-11-24', 'newest');
    expect(report.installed.match).toBe('newer');
    expect(report.recommended).toMatchObject({ name: 'Exchange SE RTM Sep26SUv2', method: 'in-place' });
  });
});
