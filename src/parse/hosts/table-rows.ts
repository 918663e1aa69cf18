import type { HostColumns } from './columns.js';
import type { HostRow } from './host-row.js';
import { isSkippedLine, type RowParser } from './row-parser.js';
import { headerColumns, rowFromRecord } from './row-fields.js';

interface TableColumn {
  readonly start: number;
  readonly end: number;
}

function tableColumns(dashes: string): TableColumn[] {
  const groups = [...dashes.matchAll(/-+/g)];
  return groups.map((group, index) => ({ start: group.index, end: groups[index + 1]?.index ?? Number.POSITIVE_INFINITY }));
}

function splitTableLine(line: string, columns: readonly TableColumn[]): string[] {
  return columns.map((column) => line.slice(column.start, column.end === Number.POSITIVE_INFINITY ? undefined : column.end).trim());
}

/** The header and its dashes again: PowerShell repeats them when output is grouped or pasted twice. */
const isRepeatedHeading = (text: string, header: string): boolean => /^[\s-]*-[\s-]*$/.test(text) || text.trimEnd() === header.trimEnd();

/** `Format-Table` output: a header line, a line of dashes that marks the columns, then space-aligned rows. */
export function createTableRowParser(source: string): RowParser {
  let header: { text: string; lineNumber: number } | null = null;
  let columns: TableColumn[] | null = null;
  let picked: HostColumns | null = null;
  return {
    line: ({ text, lineNumber }): HostRow[] => {
      if (isSkippedLine(text)) return [];
      if (header === null) {
        header = { text, lineNumber };
      } else if (columns === null || picked === null) {
        columns = tableColumns(text);
        picked = headerColumns(splitTableLine(header.text, columns), `${source}:${header.lineNumber}`);
      } else if (!isRepeatedHeading(text, header.text)) {
        return [rowFromRecord(splitTableLine(text, columns), picked, lineNumber)];
      }
      return [];
    },
    end: () => [],
  };
}
