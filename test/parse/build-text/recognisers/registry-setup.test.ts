import { describe, expect, it } from 'vitest';
import { registrySetup } from '../../../../src/parse/build-text/recognisers/registry-setup.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the registry-setup recogniser', () => {
  itReadsItsExamples(registrySetup);

  it('reads one set of values per key', () => {
    const text = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup',
      '    MsiProductMajor    REG_DWORD    0xf',
      '    MsiProductMinor    REG_DWORD    0x2',
      '    MsiBuildMajor    REG_DWORD    0x608',
      '    MsiBuildMinor    REG_DWORD    0x4',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v14\\Setup',
      '    MsiProductMajor    REG_DWORD    0xe',
      '    MsiProductMinor    REG_DWORD    0x3',
      '    MsiBuildMajor    REG_DWORD    0x7b',
      '    MsiBuildMinor    REG_DWORD    0x4',
    ].join('\r\n');
    expect(findIn(registrySetup, text).map((finding) => finding.kind === 'statement' && [finding.parts.join('.'), finding.line])).toEqual([
      ['15.2.1544.4', 2],
      ['14.3.123.4', 7],
    ]);
  });

  it('starts a new set when a value repeats, and reports a set that lacks values', () => {
    expect(findIn(registrySetup, 'MsiProductMajor : 15\nMsiProductMajor : 15\nMsiProductMinor : 2\nMsiBuildMajor : 1544\nMsiBuildMinor : 4')).toMatchObject([
      { kind: 'problem', problem: 'incomplete', line: 1, text: 'MsiProductMinor, MsiBuildMajor, MsiBuildMinor missing or unreadable' },
      { kind: 'statement', parts: [15, 2, 1544, 4], line: 2 },
    ]);
  });
});
