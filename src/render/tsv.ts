import type { CheckedReport } from '../gate/checked-report.js';
import type { GatedFix } from '../gate/evaluate-gate.js';
import type { RenderOptions } from './render-options.js';

const TSV_COLUMNS = ['id', 'kind', 'severity', 'cvss', 'exploited', 'certain', 'fixed_in', 'date', 'cves', 'summary', 'note', 'url', 'suppressed'] as const;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

export function escapeTsvField(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');

function tsvRow(fix: GatedFix): string[] {
  return [fix.id, fix.kind, fix.severity ?? '', fix.cvss?.toString() ?? '', yesNo(fix.exploited), yesNo(fix.certain), fix.fixedIn, fix.date, fix.cves.join(','), fix.summary, fix.note ?? '', fix.url ?? '', fix.suppressed?.reason ?? ''];
}

export function renderTsv({ gate }: CheckedReport, options: RenderOptions): string {
  const rows = gate.shown.map(tsvRow);
  const lines = (options.header ? [[...TSV_COLUMNS], ...rows] : rows).map((row) => row.map(escapeTsvField).join('\t'));
  return lines.map((line) => `${line}\n`).join('');
}
