import type { Change, ChangeKind, Finding, ImportLog } from '../../catalog/import/import-log.js';

export const SUMMARY_FORMATS = ['text', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryContext {
  readonly target: string;
  /** What became of the result: written, an overlay, a dry run, nothing to change. */
  readonly written: string;
  readonly format: SummaryFormat;
}

const SECTIONS: readonly [ChangeKind, string][] = [
  ['release-added', 'Releases added'],
  ['release-updated', 'Releases updated'],
  ['fix-added', 'Fixes added'],
  ['fix-placed', 'Fixes listed on more releases'],
  ['fact-changed', 'Facts changed'],
  ['fix-list', 'Fix lists now complete'],
  ['catalog-dates', 'Catalog dates'],
];

const count = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The review summary of an import: what changed, notes, and every conflict left unresolved. */
export function renderImportSummary(log: ImportLog, context: SummaryContext): string {
  if (context.format === 'json') {
    return `${JSON.stringify({ catalog: context.target, result: context.written, inputs: log.inputs, changes: log.changes, notes: log.notes, conflicts: log.conflicts }, null, 2)}\n`;
  }
  const { inputs } = log;
  const lines = [
    `Import into ${context.target} (${context.written})`,
    `Read ${count(inputs.records, 'CVE record')}${inputs.recordsSkipped > 0 ? ` (${inputs.recordsSkipped} skipped)` : ''}, ${count(inputs.tables, 'build table')} (${count(inputs.tableRows, 'row')}), ${count(inputs.kevCatalogs, 'KEV catalog')} (${count(inputs.kevEntries, 'entry').replace('entrys', 'entries')}, ${inputs.kevEntriesUsed.toLocaleString('en-US')} about the catalog)`,
  ];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length > 0) lines.push('', `${title} (${items.length})`, ...items);
  };
  for (const [kind, title] of SECTIONS) section(title, changesOf(log.changes, kind));
  section(
    'Notes',
    log.notes.map((note) => `  - ${findingText(note)}`),
  );
  section(
    'Conflicts, not resolved (the catalog keeps what it had)',
    log.conflicts.map((conflict) => `  ! ${findingText(conflict)}`),
  );
  const total = (kind: ChangeKind): number => log.changes.filter((change) => change.kind === kind).length;
  lines.push(
    '',
    `${count(total('release-added'), 'release')} added, ${count(total('fix-added'), 'fix')} added, ${count(total('fact-changed') + total('fix-placed'), 'fact')} changed, ${count(log.conflicts.length, 'conflict')}`.replace(
      'fixs',
      'fixes',
    ),
  );
  return `${lines.join('\n')}\n`;
}

const changesOf = (changes: readonly Change[], kind: ChangeKind): string[] =>
  changes.filter((change) => change.kind === kind).map((change) => `  ${kind.endsWith('added') ? '+' : '~'} ${change.subject}: ${change.detail}`);

const findingText = (finding: Finding): string => `${finding.source}: ${finding.message}`;
