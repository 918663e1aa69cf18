import { describe, expect, it } from 'vitest';
import { createCsvRecordAssembler, MAX_RECORD_LINES } from '../../../src/parse/hosts/csv-records.js';

function records(lines: readonly string[]): { lines: number[]; unbalanced: boolean }[] {
  const assembler = createCsvRecordAssembler(',');
  const found = [...lines.flatMap((text, index) => assembler.line({ text, lineNumber: index + 1 })), ...assembler.end()];
  return found.map((record) => ({ lines: record.lines.map((line) => line.lineNumber), unbalanced: record.unbalanced }));
}

describe('grouping CSV lines into records', () => {
  it('keeps a quoted field with line breaks in one record', () => {
    expect(records(['"Name","Notes"', '"EX01","first', 'second"', '"EX02","x"'])).toEqual([
      { lines: [1], unbalanced: false },
      { lines: [2, 3], unbalanced: false },
      { lines: [4], unbalanced: false },
    ]);
  });

  it('reads doubled quotes and a stray quote inside an unquoted field as text', () => {
    expect(records(['"say ""hi""",x', 'a 5" screen,15.2.1.1', 'b,c'])).toEqual([
      { lines: [1], unbalanced: false },
      { lines: [2], unbalanced: false },
      { lines: [3], unbalanced: false },
    ]);
  });

  it('lets a quote that never closes cost only its own line', () => {
    expect(records(['a,"open', 'b,1', 'c,2'])).toEqual([
      { lines: [1], unbalanced: true },
      { lines: [2], unbalanced: false },
      { lines: [3], unbalanced: false },
    ]);
  });

  it('gives up on an open quote after a bounded number of lines and reads them again', () => {
    const lines = ['x,"open', ...Array.from({ length: MAX_RECORD_LINES + 5 }, (_, index) => `h${index},1`)];
    const found = records(lines);
    expect(found[0]).toEqual({ lines: [1], unbalanced: true });
    expect(found.slice(1).map((record) => record.lines)).toEqual(lines.slice(1).map((_, index) => [index + 2]));
  });
});
