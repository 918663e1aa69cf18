import type { TextLine } from '../text/line-splitter.js';
import type { DetectedFormat } from './detect-format.js';
import type { HostRow } from './host-row.js';
import { createJsonArrayRowParser } from './json-array-rows.js';
import { createListRowParser } from './list-rows.js';
import { isSkippedLine, type RowParser } from './row-parser.js';
import { rowFromJsonLine, rowFromTextLine } from './row-fields.js';
import { createTableRowParser } from './table-rows.js';
import { createTsvRowParser } from './tsv-rows.js';

function perLine(parse: (text: string, lineNumber: number) => HostRow): RowParser {
  return { line: ({ text, lineNumber }: TextLine) => (isSkippedLine(text) ? [] : [parse(text, lineNumber)]), end: () => [] };
}

/** The delimiter when a detected format is read as CSV (a quoted TSV is CSV with tabs), else null. */
export function csvDelimiterOf(detected: DetectedFormat, quoted: boolean): string | null {
  if (detected.format === 'csv') return detected.delimiter ?? ',';
  return detected.format === 'tsv' && quoted ? '\t' : null;
}

/** The parser for a format that is not read as CSV; `source` names the list in errors. */
export function createRowParser(detected: DetectedFormat, source: string): RowParser {
  switch (detected.format) {
    case 'csv':
    case 'tsv':
      return createTsvRowParser(source);
    case 'table':
      return createTableRowParser(source);
    case 'list':
      return createListRowParser();
    case 'json':
      return createJsonArrayRowParser(source);
    case 'jsonl':
      return perLine(rowFromJsonLine);
    case 'lines':
      return perLine(rowFromTextLine);
  }
}
