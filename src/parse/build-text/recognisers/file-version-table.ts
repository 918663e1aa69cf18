// ExSetup.exe FileVersionInfo as a PowerShell table: a header, a line of dashes, rows. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceLine, SourceText } from '../finding.js';
import { stateValue, type StatementKind } from '../state-value.js';

const FORM = { form: 'file-version-table', proves: 'exact' } as const;
const VERSION_COLUMNS: Readonly<Record<string, string>> = {
  fileversion: 'FileVersion',
  productversion: 'ProductVersion',
  fileversionraw: 'FileVersionRaw',
  productversionraw: 'ProductVersionRaw',
};
/** Only dashes and spaces, at least one dash (two simple tests: no backtracking). */
const isDashes = (text: string): boolean => text.includes('-') && /^[\s-]+$/.test(text);

interface Column {
  readonly kind: StatementKind;
  readonly start: number;
  readonly end: number;
}

const findSpans = (text: string): { start: number; end: number; text: string }[] =>
  [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));

/** The version columns of a header, each as wide as its dashes (values may sit left or right in it). */
function findVersionColumns(header: string, dashes: string): Column[] {
  const dashSpans = findSpans(dashes);
  return findSpans(header).flatMap((name) => {
    const label = VERSION_COLUMNS[name.text.toLowerCase()];
    const dash = dashSpans.find((span) => span.start <= name.start && name.start < span.end);
    return label && dash ? [{ kind: { ...FORM, label }, start: dash.start, end: Math.max(dash.end, name.end) }] : [];
  });
}

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);

/** The cell of `text` that overlaps [start, end): from the first non-space there, widened to whole words. */
function findCellAt(text: string, start: number, end: number): { start: number; text: string } | null {
  let first = start;
  while (first < end && isSpace(text[first])) first++;
  if (first >= end || first >= text.length) return null;
  while (first > 0 && !isSpace(text[first - 1])) first--;
  let last = first;
  while (last < text.length && !isSpace(text[last])) last++;
  return { start: first, text: text.slice(first, last) };
}

function readRow(found: Finding[], row: SourceLine, columns: readonly Column[]): void {
  for (const column of columns) {
    const cell = findCellAt(row.text, column.start, column.end);
    const finding = cell ? stateValue(column.kind, row, cell.start, cell.text, readDottedToken(cell.text)) : null;
    if (finding) found.push(finding);
  }
}

export const fileVersionTable: Recogniser = {
  ...FORM,
  describes: 'the FileVersionInfo of ExSetup.exe as a PowerShell table, which includes security updates',
  examples: [
    {
      text: 'ProductVersion   FileVersion      FileName\n--------------   -----------      --------\n15.02.1118.007   15.02.1118.007   C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe',
      reads: '15.2.1118.7',
    },
    {
      text: 'FileName         ProductVersion   FileVersion\n--------         --------------   -----------\nExSetup.exe      15.01.2507.044   15.01.2507.044',
      reads: '15.1.2507.44',
    },
    { text: 'PSComputerName FileVersion\n-------------- -----------\nEX01           15.02.1544.014\nEX02           15.02.1544.014', reads: '15.2.1544.14' },
    {
      text: 'PSComputerName FileVersion\n-------------- -----------\nEX01           15.02.1544.014\nEX02           15.02.1544.009',
      refused: '2 different builds',
    },
    { text: 'FileVersionRaw\n--------------\n  15.2.221.12', reads: '15.2.221.12' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    const lines = text.lines;
    for (let i = 0; i + 1 < lines.length; i++) {
      const header = lines[i]!;
      if (!header.lower.includes('version') || !isDashes(lines[i + 1]!.text)) continue;
      const columns = findVersionColumns(header.text, lines[i + 1]!.text);
      if (columns.length === 0) continue;
      let row = i + 2;
      for (; row < lines.length && lines[row]!.text.trim() !== ''; row++) readRow(found, lines[row]!, columns);
      i = row - 1;
    }
    return found;
  },
};
