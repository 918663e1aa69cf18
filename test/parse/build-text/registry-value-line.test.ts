import { describe, expect, it } from 'vitest';
import { readSetupValueLine } from '../../../src/parse/build-text/registry-value-line.js';

describe('readSetupValueLine', () => {
  it.each([
    ['    MsiBuildMajor    REG_DWORD    0x6d4', 1748],
    ['MsiBuildMajor  REG_DWORD  0x000006d4 (1748)', 1748],
    ['"MsiBuildMajor"=dword:000006d4', 1748],
    ['msibuildmajor : 1748', 1748],
    ['MsiBuildMajor    REG_DWORD    0xffffffff', 4294967295],
  ])('reads %j', (line, value) => {
    expect(readSetupValueLine(line)).toEqual({ kind: 'value', name: 'MsiBuildMajor', value });
  });

  it('calls a line unreadable when it names a value in no known form, or its hex and decimal disagree', () => {
    expect(readSetupValueLine('MsiBuildMinor = ten')).toEqual({ kind: 'unreadable', name: 'MsiBuildMinor' });
    expect(readSetupValueLine('MsiBuildMinor  REG_DWORD  0x0000000a (11)')).toEqual({ kind: 'unreadable', name: 'MsiBuildMinor' });
  });

  it('ignores other values', () => {
    expect(readSetupValueLine('    MsiInstallPath    REG_SZ    C:\\Program Files\\Microsoft\\Exchange Server\\V15\\')).toBeNull();
  });
});
