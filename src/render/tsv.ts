import type { ExposedFix, Report } from '../core/report.js';
import type { RenderOptions } from './render-options.js';

export const TSV_COLUMNS = ['id', 'kind', 'severity', 'cvss', 'exploited', 'certain', 'fixed_in', 'date', 'cves', 'summary', 'note', 'url'] as const;

export function escapeTsvField(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');

function tsvRow(fix: ExposedFix): string[] {
  return [fix.id, fix.kind, fix.severity ?? '', fix.cvss?.toString() ?? '', yesNo(fix.exploited), yesNo(fix.certain), fix.fixedIn, fix.date, fix.cves.join(','), fix.summary, fix.note ?? '', fix.url ?? ''];
}

export function renderTsv(report: Report, options: RenderOptions): string {
  const rows = report.exposed.map(tsvRow);
  const lines = (options.header ? [[...TSV_COLUMNS], ...rows] : rows).map((row) => row.map(escapeTsvField).join('\t'));
  return lines.map((line) => `${line}\n`).join('');
}
