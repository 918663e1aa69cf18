import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_SETUP_KEYS, buildFromSetupValues, installPathFrom, parseRegQuery } from '../../src/parse/registry.js';
import {
  EXCHANGE_2007_SETUP_KEY,
  REG_QUERY_EXCHANGE_2010_SP3,
  REG_QUERY_EXCHANGE_2019_CU14,
  V14_SETUP_KEY,
  V15_INSTALL_PATH,
  V15_SETUP_KEY,
  regQueryOutput,
  setupValues,
  type SetupParts,
} from '../fixtures/exchange-setup-registry.js';

describe('parseRegQuery', () => {
  it('reads the values of reg.exe output, keyed by lower-case name, DWORDs as decimal', () => {
    expect(parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14)).toEqual(
      new Map([
        ['msiinstallpath', V15_INSTALL_PATH],
        ['msiproductmajor', '15'],
        ['msiproductminor', '2'],
        ['msibuildmajor', '1544'],
        ['msibuildminor', '4'],
      ]),
    );
  });

  it('reads output with LF line ends the same as with CRLF', () => {
    expect(parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14.replaceAll('\r\n', '\n'))).toEqual(parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14));
  });

  it.each([
    ['nothing', ''],
    ['blank lines only', '\r\n\r\n'],
    ['a key with no values', regQueryOutput(V15_SETUP_KEY, [])],
    ["reg.exe's error for a missing key", 'ERROR: The system was unable to find the specified registry key or value.\r\n'],
  ])('finds no values in %s', (_, output) => {
    expect(parseRegQuery(output).size).toBe(0);
  });

  it.each([
    ['0x0', '0'],
    ['0xf', '15'],
    ['0x608', '1544'],
    ['0x9CB', '2507'],
    ['0xffff', '65535'],
    ['0xffffffff', '4294967295'],
  ])('turns REG_DWORD %s into %s', (data, decimal) => {
    expect(parseRegQuery(regQueryOutput(V15_SETUP_KEY, [['MsiBuildMajor', 'REG_DWORD', data]])).get('msibuildmajor')).toBe(decimal);
  });

  it('keeps the data of other types as printed, trailing blanks removed', () => {
    const values = parseRegQuery(
      regQueryOutput(V15_SETUP_KEY, [
        ['Services', 'REG_EXPAND_SZ', '%ExchangeInstallPath%bin'],
        ['Roles', 'REG_MULTI_SZ', 'Mailbox\\0ClientAccess'],
        ['Watermark', 'REG_BINARY', '0100FF'],
        ['Stamp', 'REG_QWORD', '0x1d9a3b'],
        ['Empty', 'REG_SZ', ''],
      ]),
    );
    expect(Object.fromEntries(values)).toEqual({
      services: '%ExchangeInstallPath%bin',
      roles: 'Mailbox\\0ClientAccess',
      watermark: '0100FF',
      stamp: '0x1d9a3b',
      empty: '',
    });
  });
});

describe('buildFromSetupValues', () => {
  it.each<[string, string, SetupParts, string]>([
    ['Exchange 2019 CU14', V15_SETUP_KEY, [15, 2, 1544, 4], '15.2.1544.4'],
    ['Exchange 2016 CU23', V15_SETUP_KEY, [15, 1, 2507, 6], '15.1.2507.6'],
    ['Exchange 2013 CU23', V15_SETUP_KEY, [15, 0, 1497, 2], '15.0.1497.2'],
    ['Exchange 2010 SP3', V14_SETUP_KEY, [14, 3, 123, 4], '14.3.123.4'],
    ['Exchange 2007 SP3', EXCHANGE_2007_SETUP_KEY, [8, 3, 83, 6], '8.3.83.6'],
  ])('reads %s from its Setup key', (_, key, parts, build) => {
    expect(buildFromSetupValues(parseRegQuery(regQueryOutput(key, setupValues(null, parts))))).toBe(build);
  });

  it('reads the literal reg.exe output of Exchange 2019 CU14 and Exchange 2010 SP3', () => {
    expect(buildFromSetupValues(parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14))).toBe('15.2.1544.4');
    expect(buildFromSetupValues(parseRegQuery(REG_QUERY_EXCHANGE_2010_SP3))).toBe('14.3.123.4');
  });

  it.each([
    ['MsiBuildMinor is missing', (values: Map<string, string>) => values.delete('msibuildminor')],
    ['a value is not a number', (values: Map<string, string>) => values.set('msibuildmajor', 'CU14')],
    ['a value is negative', (values: Map<string, string>) => values.set('msiproductminor', '-2')],
    ['a part is above 65535', (values: Map<string, string>) => values.set('msibuildmajor', '65536')],
  ])('gives null when %s', (_, spoil) => {
    const values = parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14);
    spoil(values);
    expect(buildFromSetupValues(values)).toBeNull();
  });

  it('gives null for a DWORD that does not fit a build part', () => {
    expect(buildFromSetupValues(parseRegQuery(regQueryOutput(V15_SETUP_KEY, setupValues(null, [15, 2, 0x10000, 4]))))).toBeNull();
  });

  it('reads back any build written as Setup DWORDs', () => {
    const part = fc.integer({ min: 0, max: 65535 });
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), (parts) => {
        expect(buildFromSetupValues(parseRegQuery(regQueryOutput(V15_SETUP_KEY, setupValues(V15_INSTALL_PATH, parts))))).toBe(parts.join('.'));
      }),
    );
  });
});

describe('installPathFrom', () => {
  it('gives the MsiInstallPath value as reg.exe prints it', () => {
    expect(installPathFrom(parseRegQuery(REG_QUERY_EXCHANGE_2019_CU14))).toBe(V15_INSTALL_PATH);
  });

  it.each([
    ['without MsiInstallPath', regQueryOutput(V15_SETUP_KEY, setupValues(null, [15, 2, 1544, 4]))],
    ['with an empty MsiInstallPath', regQueryOutput(V15_SETUP_KEY, [['MsiInstallPath', 'REG_SZ', '    ']])],
  ])('gives null %s', (_, output) => {
    expect(installPathFrom(parseRegQuery(output))).toBeNull();
  });
});

describe('EXCHANGE_SETUP_KEYS', () => {
  it('lists the Exchange 2013+ key first, then Exchange 2010, then Exchange 2007', () => {
    expect(EXCHANGE_SETUP_KEYS).toEqual([V15_SETUP_KEY, V14_SETUP_KEY, EXCHANGE_2007_SETUP_KEY]);
  });
});
