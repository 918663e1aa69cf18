// ExSetup.exe FileVersionInfo as a PowerShell table: a header, a line of dashes, rows. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceLine, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

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
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const spansOf = (text: string): { start: number; end: number; text: string }[] =>
  [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));

/** The version columns of a header, each as wide as its dashes (values may sit left or right in it). */
function versionColumns(header: string, dashes: string): Column[] {
  const dashSpans = spansOf(dashes);
  return spansOf(header).flatMap((name) => {
    const label = VERSION_COLUMNS[name.text.toLowerCase()];
    const dash = dashSpans.find((span) => span.start <= name.start && name.start < span.end);
    return label && dash ? [{ label, start: dash.start, end: Math.max(dash.end, name.end) }] : [];
  });
}

function readRow(row: SourceLine, columns: readonly Column[]): Finding[] {
  const cells = spansOf(row.text);
  return columns.flatMap((column) => {
    const cell = cells.find((span) => span.start < column.end && span.end > column.start);
    const finding = cell ? stateValue({ ...FORM, label: column.label }, row, cell.start, cell.text, readDottedToken(cell.text)) : null;
    return finding ? [finding] : [];
  });
}

export const fileVersionTable: Recogniser = {
  ...FORM,
  describes: 'the FileVersionInfo of ExSetup.exe as a PowerShell table, which includes security updates',
  examples: [
    {
      text: 'ProductVersion   FileVersion      FileName\n--------------   -----------      --------\n15.02.1118.007   15.02.1118.007   C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe',
      reads: '15.2.1118.7',
    },
    { text: 'FileName         ProductVersion   FileVersion\n--------         --------------   -----------\nExSetup.exe      15.01.2507.044   15.01.2507.044', reads: '15.1.2507.44' },
    { text: 'PSComputerName FileVersion\n-------------- -----------\nEX01           15.02.1544.014\nEX02           15.02.1544.014', reads: '15.2.1544.14' },
    { text: 'PSComputerName FileVersion\n-------------- -----------\nEX01           15.02.1544.014\nEX02           15.02.1544.009', refused: '2 different builds' },
    { text: 'FileVersionRaw\n--------------\n  15.2.221.12', reads: '15.2.221.12' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    const lines = text.lines;
    for (let i = 0; i + 1 < lines.length; i++) {
      const header = lines[i]!;
      if (!header.lower.includes('version') || !isDashes(lines[i + 1]!.text)) continue;
      const columns = versionColumns(header.text, lines[i + 1]!.text);
      if (columns.length === 0) continue;
      let row = i + 2;
      for (; row < lines.length && lines[row]!.text.trim() !== ''; row++) found.push(...readRow(lines[row]!, columns));
      i = row - 1;
    }
    return found;
  },
};
