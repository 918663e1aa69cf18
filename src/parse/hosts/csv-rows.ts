import { parse } from 'csv-parse/sync';
import type { HostColumns } from './columns.js';
import { createCsvRecordAssembler, type CsvRecordLines } from './csv-records.js';
import { badRow, type HostRow } from './host-row.js';
import type { RowParser } from './row-parser.js';
import { headerColumns, rowFromRecord } from './row-fields.js';

function fieldsOf(text: string, delimiter: string): string[] | string {
  try {
    const [record] = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, record_delimiter: ['\n'] }) as string[][];
    return record ?? [];
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * PowerShell's `Export-Csv` / `ConvertTo-Csv` and spreadsheet CSV: an optional `#TYPE` line and
 * `#` comments, a header record, quoted fields that may hold delimiters, quotes and line breaks.
 */
export function createCsvRowParser(delimiter: string, source: string): RowParser {
  const assembler = createCsvRecordAssembler(delimiter);
  let columns: HostColumns | null = null;
  const rowsOf = (records: readonly CsvRecordLines[]): HostRow[] =>
    records.flatMap(({ lines, unbalanced }): HostRow[] => {
      const first = lines[0]!;
      if (unbalanced) return [badRow(first.lineNumber, null, 'unreadable CSV row: a quoted field is never closed')];
      const text = lines.map((line) => line.text).join('\n');
      if (text.trim() === '' || (lines.length === 1 && first.text.startsWith('#'))) return [];
      const fields = fieldsOf(text, delimiter);
      if (typeof fields === 'string') return [badRow(first.lineNumber, null, `unreadable CSV row: ${fields}`)];
      if (columns === null) {
        columns = headerColumns(fields, `${source}:${first.lineNumber}`);
        return [];
      }
      return [rowFromRecord(fields, columns, first.lineNumber)];
    });
  return { line: (line) => rowsOf(assembler.line(line)), end: () => rowsOf(assembler.end()) };
}
