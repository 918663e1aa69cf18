// A build written out in every form the reader knows, as the tools print it, for the property tests.
import fc from 'fast-check';
import type { DottedBuild } from '../../../src/parse/build/build.js';
import type { BuildTextForm, BuildTextProof } from '../../../src/parse/build-text/read-build-text.js';

export interface Rendering {
  readonly name: string;
  readonly form: BuildTextForm;
  readonly proves: BuildTextProof;
  /** One line, whose words can be separated by other words without hiding the build. */
  readonly oneLine: boolean;
  render(build: DottedBuild): string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
/** ExSetup.exe writes its FileVersion zero-padded: 15.02.1544.014. */
export const padBuild = ([major, minor, build, revision]: DottedBuild): string => `${major}.${pad(minor, 2)}.${pad(build, 4)}.${pad(revision, 3)}`;
const plain = (build: DottedBuild): string => build.join('.');
const hex = (value: number): string => value.toString(16);

const defineExact = (name: string, form: BuildTextForm, oneLine: boolean, render: (build: DottedBuild) => string): Rendering => ({
  name,
  form,
  proves: 'exact',
  oneLine,
  render,
});
const defineCuLevel = (name: string, form: BuildTextForm, render: (build: DottedBuild) => string): Rendering => ({
  name,
  form,
  proves: 'cu-level',
  oneLine: false,
  render,
});

export const EXACT_RENDERINGS: readonly Rendering[] = [
  defineExact('dotted', 'dotted', true, plain),
  defineExact('dotted, zero-padded', 'dotted', true, padBuild),
  defineExact('FileVersion list', 'file-version-list', true, (build) => `FileVersion : ${padBuild(build)}`),
  defineExact('ProductVersion list', 'file-version-list', true, (build) => `ProductVersion    : ${padBuild(build)}`),
  defineExact(
    'FileVersionInfo text',
    'file-version-list',
    false,
    (build) =>
      `File:             C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe\r\nInternalName:     ExSetup\r\nFileVersion:      ${padBuild(build)}\r\nFileDescription:  Microsoft Exchange Server Setup`,
  ),
  defineExact(
    'FileVersionInfo table',
    'file-version-table',
    false,
    (build) =>
      `\r\nProductVersion   FileVersion      FileName\r\n--------------   -----------      --------\r\n${padBuild(build)}   ${padBuild(build)}   C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe\r\n\r\n`,
  ),
  defineExact(
    'System.Version table',
    'system-version',
    false,
    ([a, b, c, d]) =>
      `\r\nMajor  Minor  Build  Revision\r\n-----  -----  -----  --------\r\n${String(a).padEnd(7)}${String(b).padEnd(7)}${String(c).padEnd(7)}${d}\r\n\r\n`,
  ),
  defineExact(
    'System.Version list',
    'system-version',
    false,
    ([a, b, c, d]) =>
      `Major         : ${a}\r\nMinor         : ${b}\r\nBuild         : ${c}\r\nRevision      : ${d}\r\nMajorRevision : 0\r\nMinorRevision : ${d}`,
  ),
  defineExact('CLIXML', 'clixml', true, (build) => `<S N="FileVersion">${padBuild(build)}</S>`),
  defineExact('HealthChecker', 'health-checker', true, (build) => `        Build Number: ${padBuild(build)}`),
  defineExact('setup log', 'setup-log', true, (build) => `[11/27/2024 10:12:33.0139] [0] Setup version: ${plain(build)}.`),
  defineExact('setup script', 'setup-log', true, (build) => `$RoleTargetVersion = '${padBuild(build)}'`),
  defineExact('HTTP header', 'http-header', true, (build) => `X-OWA-Version: ${plain(build)}`),
  defineExact(
    'Received header',
    'mail-header',
    true,
    (build) =>
      `Received: from EX02.contoso.com (10.1.2.5) by EX01.contoso.com (10.1.2.4) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id ${plain(build)}; Wed, 27 Nov 2024 10:12:33 +0100`,
  ),
];

export const CU_LEVEL_RENDERINGS: readonly Rendering[] = [
  defineCuLevel('AdminDisplayVersion', 'admin-display-version', ([a, b, c, d]) => `AdminDisplayVersion : Version ${a}.${b} (Build ${c}.${d})`),
  defineCuLevel('AD serialNumber', 'ad-serial-number', ([a, b, c, d]) => `serialNumber : {Version ${a}.${b} (Build ${c + 30000}.${d})}`),
  defineCuLevel(
    'reg query',
    'registry-setup',
    ([a, b, c, d]) =>
      `\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup\r\n    MsiProductMajor    REG_DWORD    0x${hex(a)}\r\n    MsiProductMinor    REG_DWORD    0x${hex(b)}\r\n    MsiBuildMajor    REG_DWORD    0x${hex(c)}\r\n    MsiBuildMinor    REG_DWORD    0x${hex(d)}\r\n`,
  ),
  defineCuLevel(
    '.reg file',
    'registry-setup',
    ([a, b, c, d]) =>
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup]\r\n"MsiProductMajor"=dword:${hex(a).padStart(8, '0')}\r\n"MsiProductMinor"=dword:${hex(b).padStart(8, '0')}\r\n"MsiBuildMajor"=dword:${hex(c).padStart(8, '0')}\r\n"MsiBuildMinor"=dword:${hex(d).padStart(8, '0')}`,
  ),
  defineCuLevel(
    'Get-ItemProperty',
    'registry-setup',
    ([a, b, c, d]) => `MsiProductMajor : ${a}\r\nMsiProductMinor : ${b}\r\nMsiBuildMajor   : ${c}\r\nMsiBuildMinor   : ${d}\r\nPSChildName     : Setup`,
  ),
];

const pickBetween = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });

/**
 * Builds inside the catalog's products whose build number is above 255, so that written alone in running
 * text none of them could be an IP address.
 */
export const plausibleBuild: fc.Arbitrary<DottedBuild> = fc.oneof(
  fc.tuple(fc.constant(8), pickBetween(0, 3), pickBetween(256, 999), pickBetween(0, 30)),
  fc.tuple(fc.constant(14), pickBetween(0, 3), pickBetween(256, 999), pickBetween(0, 99)),
  fc.tuple(fc.constant(15), fc.constant(0), pickBetween(516, 1497), pickBetween(0, 999)),
  fc.tuple(fc.constant(15), fc.constant(1), pickBetween(256, 2507), pickBetween(0, 999)),
  fc.tuple(fc.constant(15), fc.constant(2), pickBetween(256, 2561), pickBetween(0, 999)),
  fc.tuple(fc.constant(15), fc.constant(2), pickBetween(2562, 5000), pickBetween(0, 999)),
) as fc.Arbitrary<DottedBuild>;

const windowsVersion = fc
  .tuple(
    fc.constantFrom('10.0.14393', '10.0.17763', '10.0.20348', '6.3.9600', '6.2.9200', '6.1.7601', '6.0.6002', '6.0.6003', '5.2.3790'),
    pickBetween(0, 65535),
  )
  .map(([base, revision]) => `${base}.${revision}`);
const date = fc
  .tuple(pickBetween(2000, 2030), pickBetween(1, 12), pickBetween(1, 28))
  .chain(([year, month, day]) =>
    fc.constantFrom(
      `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      `${pad(day, 2)}.${pad(month, 2)}.${year}`,
      `${month}/${day}/${year}`,
      `${year}.${pad(month, 2)}.${pad(day, 2)}`,
    ),
  );
const time = fc
  .tuple(pickBetween(0, 23), pickBetween(0, 59), pickBetween(0, 59), pickBetween(0, 9999))
  .chain(([h, m, s, f]) =>
    fc.constantFrom(`${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`, `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(f, 4)}`, `${pad(h, 2)}.${pad(m, 2)}.${pad(s, 2)}`),
  );
const dotNet = fc.constantFrom('4.8.04084', '4.8.1', '4.0.30319.42000', 'v4.0.30319', '4.8.4645.0', '.NET Framework 4.8.1');
const tls = fc.constantFrom('TLS1_2', 'TLS 1.2', 'version=TLS1_3', 'TLS1.2');

/** What may stand anywhere in a paste without being a build: IP addresses, dates, times, Windows, .NET and TLS versions. */
export const noise: fc.Arbitrary<string> = fc.oneof(fc.ipV4(), date, time, windowsVersion, dotNet, tls);
