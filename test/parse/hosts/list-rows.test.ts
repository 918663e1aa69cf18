import { describe, expect, it } from 'vitest';
import { createListRowParser, LIST_LINE } from '../../../src/parse/hosts/list-rows.js';
import type { HostRow } from '../../../src/parse/hosts/host-row.js';

function rowsOf(lines: readonly string[]): HostRow[] {
  const parser = createListRowParser();
  return [...lines.flatMap((text, index) => parser.line({ text, lineNumber: index + 1 })), ...parser.end()];
}

describe('Format-List rows', () => {
  it('reads one row per block, numbered by its first line, the host and build from the first keys present', () => {
    expect(
      rowsOf([
        '',
        'Name                : EX01',
        'Fqdn                : EX01.contoso.com',
        'AdminDisplayVersion : Version 15.2 (Build 1748.10)',
        '',
        'Fqdn                : EX02.contoso.com',
        'FileVersion         : 15.02.1544.014',
        'AdminDisplayVersion : Version 15.2 (Build 1544.4)',
      ]),
    ).toEqual([
      { lineNumber: 2, host: 'EX01', buildString: 'Version 15.2 (Build 1748.10)', error: null },
      { lineNumber: 6, host: 'EX02.contoso.com', buildString: '15.02.1544.014', error: null },
    ]);
  });

  it('starts a new row when a key repeats without a blank line between', () => {
    expect(rowsOf(['Name : EX01', 'Build : 15.2.1118.7', 'Name : EX02', 'Build : 15.2.1544.4']).map((row) => [row.lineNumber, row.host])).toEqual([
      [1, 'EX01'],
      [3, 'EX02'],
    ]);
  });

  it('joins a value wrapped onto indented lines', () => {
    expect(rowsOf(['PSComputerName : ex02', 'FileVersion    : 15.02.1544.0', '                 14'])[0]!.buildString).toBe('15.02.1544.014');
  });

  it('takes the next build key when the first is empty, and keeps a block without any as an error row', () => {
    expect(rowsOf(['Name : EX01', 'FileVersion : ', 'AdminDisplayVersion : Version 15.2 (Build 1118.7)'])[0]!.buildString).toBe('Version 15.2 (Build 1118.7)');
    expect(rowsOf(['Name : EX01', 'ServerRole : Mailbox'])).toEqual([
      { lineNumber: 1, host: 'EX01', buildString: null, error: expect.stringMatching(/^no build in this entry; expected one of fileversion, /) as unknown },
    ]);
  });

  it('matches names padded to align the colons, not other colons', () => {
    expect(LIST_LINE.exec('AdminDisplayVersion : Version 15.2 (Build 1118.7)')?.slice(1)).toEqual(['AdminDisplayVersion', 'Version 15.2 (Build 1118.7)']);
    expect(LIST_LINE.exec('Build Number : 15.2.1118.7')?.[1]).toBe('Build Number');
    expect(LIST_LINE.exec('Name :')?.slice(1)).toEqual(['Name', undefined]);
    expect(LIST_LINE.test('Start time: 20261120091502')).toBe(false);
    expect(LIST_LINE.test('[PS] C:\\Windows\\system32>Get-ExchangeServer | fl')).toBe(false);
    expect(LIST_LINE.test('                 14')).toBe(false);
  });
});
