// A System.Version object ((Get-Command ExSetup.exe).Version, FileVersionRaw) as a table or a list. Exact.
import { readDottedCore } from '../dotted-value.js';
import type { Finding, Recogniser, SourceLine, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

const KIND = { form: 'system-version', proves: 'exact', label: 'System.Version' } as const;

const TABLE_HEADER = /^\s*major\s+minor\s+build\s+revision\s*$/i;
const TABLE_ROW = /^\s{0,64}(\d{1,12})\s{1,64}(\d{1,12})\s{1,64}(\d{1,12})\s{1,64}(\d{1,12})\s*$/;
const LIST_FIELDS = ['major', 'minor', 'build', 'revision'] as const;
const LIST_LINE = /^\s{0,64}(major|minor|build|revision)\s{0,64}:\s{0,64}(\d{1,12})\s*$/i;

const isDashes = (text: string): boolean => text.includes('-') && /^[\s-]+$/.test(text);

function readTable(lines: readonly SourceLine[], at: number): { found: Finding[]; next: number } {
  const found: Finding[] = [];
  let row = at + 2;
  for (; row < lines.length; row++) {
    const match = TABLE_ROW.exec(lines[row]!.text);
    if (!match) break;
    const line = lines[row]!;
    const finding = stateValue(KIND, line, line.text.search(/\d/), line.text.trim(), readDottedCore(match.slice(1, 5).join('.')));
    if (finding) found.push(finding);
  }
  return { found, next: row };
}

/** `Major : 15`, `Minor : 2`, `Build : 1544`, `Revision : 14` on four lines in a row. */
function readList(lines: readonly SourceLine[], at: number): Finding | null {
  const values: string[] = [];
  for (const [index, field] of LIST_FIELDS.entries()) {
    const match = LIST_LINE.exec(lines[at + index]?.text ?? '');
    if (!match || match[1]!.toLowerCase() !== field) return null;
    values.push(match[2]!);
  }
  const line = lines[at]!;
  return stateValue(KIND, line, 0, line.text, readDottedCore(values.join('.')));
}

export const systemVersion: Recogniser = {
  ...KIND,
  describes: 'a System.Version (Major, Minor, Build, Revision) such as FileVersionRaw, as a table or a list',
  examples: [
    { text: '\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n15     2      1544   14\n', reads: '15.2.1544.14' },
    { text: 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n8      3      83     6', reads: '8.3.83.6' },
    { text: 'Major         : 15\nMinor         : 1\nBuild         : 2507\nRevision      : 44\nMajorRevision : 0\nMinorRevision : 44', reads: '15.1.2507.44' },
    { text: 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n5      1      17763  316', reads: '5.1.17763.316' },
    { text: 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n15     2      1544   99999', refused: 'above 65535' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    const lines = text.lines;
    for (let i = 0; i < lines.length; i++) {
      const lower = lines[i]!.lower;
      if (!lower.includes('major')) continue;
      if (TABLE_HEADER.test(lines[i]!.text) && isDashes(lines[i + 1]?.text ?? '')) {
        const table = readTable(lines, i);
        for (const finding of table.found) found.push(finding);
        i = table.next - 1;
        continue;
      }
      const listed = readList(lines, i);
      if (listed) found.push(listed);
    }
    return found;
  },
};
