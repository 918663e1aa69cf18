import type { HostColumns } from './columns.js';
import type { HostRow } from './host-row.js';
import { isSkippedLine, type RowParser } from './row-parser.js';
import { headerColumns, rowFromRecord } from './row-fields.js';

/** Tab-separated values with a header line, no quoting. */
export function createTsvRowParser(source: string): RowParser {
  let columns: HostColumns | null = null;
  return {
    line: ({ text, lineNumber }): HostRow[] => {
      if (isSkippedLine(text)) return [];
      const fields = text.split('\t');
      if (columns === null) {
        columns = headerColumns(fields, `${source}:${lineNumber}`);
        return [];
      }
      return [rowFromRecord(fields, columns, lineNumber)];
    },
    end: () => [],
  };
}
