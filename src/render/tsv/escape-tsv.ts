const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Tabs, newlines, carriage returns and backslashes inside a TSV field become `\t`, `\n`, `\r` and `\\`. */
export function escapeTsvField(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Rows of fields as TSV lines, with the header row first when asked for. */
export function renderTsvRows(header: readonly string[], rows: readonly (readonly string[])[], withHeader: boolean): string {
  const lines = withHeader ? [header, ...rows] : rows;
  return lines.map((row) => `${row.map(escapeTsvField).join('\t')}\n`).join('');
}

export const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');
