import type { TextLine } from '../text/line-splitter.js';

/** The lines of one CSV record: one line, or several when a quoted field holds line breaks. */
export interface CsvRecordLines {
  readonly lines: readonly TextLine[];
  /** Set when the record's quote never closed: only its first line is returned, as unreadable. */
  readonly unbalanced: boolean;
}

/** A quoted field may span lines, but one that never closes ends after this many lines and the rest is read again. */
export const MAX_RECORD_LINES = 100;

/** Whether a quoted field is still open at the end of this line, starting from `open`. */
function quoteOpenAfter(text: string, delimiter: string, open: boolean): boolean {
  let inQuotes = open;
  let fieldStart = !open;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inQuotes) {
      if (char !== '"') continue;
      if (text[index + 1] === '"') index += 1;
      else inQuotes = false;
    } else if (char === delimiter) {
      fieldStart = true;
    } else if (char === '"' && fieldStart) {
      inQuotes = true;
    } else if (char !== ' ') {
      fieldStart = false;
    }
  }
  return inQuotes;
}

/**
 * Groups lines into CSV records. A quote opens a field only at its start, so a stray quote inside
 * a field never swallows the lines after it; a field that opens and never closes makes its first
 * line unreadable and the lines after it are read again as records of their own.
 */
export function createCsvRecordAssembler(delimiter: string): { readonly line: (line: TextLine) => CsvRecordLines[]; readonly end: () => CsvRecordLines[] } {
  let pending: TextLine[] = [];
  let open = false;
  const feed = (line: TextLine, records: CsvRecordLines[]): void => {
    pending.push(line);
    open = quoteOpenAfter(line.text, delimiter, open);
    if (!open) {
      records.push({ lines: pending, unbalanced: false });
      pending = [];
    } else if (pending.length >= MAX_RECORD_LINES) {
      flushUnbalanced(records);
    }
  };
  const flushUnbalanced = (records: CsvRecordLines[]): void => {
    const [first, ...rest] = pending;
    pending = [];
    open = false;
    if (first) records.push({ lines: [first], unbalanced: true });
    for (const line of rest) feed(line, records);
  };
  return {
    line: (line) => {
      const records: CsvRecordLines[] = [];
      feed(line, records);
      return records;
    },
    end: () => {
      const records: CsvRecordLines[] = [];
      while (pending.length > 0) flushUnbalanced(records);
      return records;
    },
  };
}
