import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix } from '../../gate/gated-fix.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { RenderOptions } from '../render-options.js';
import { renderTsvRows, yesNo } from './escape-tsv.js';

const TSV_COLUMNS = ['id', 'kind', 'severity', 'cvss', 'exploited', 'certain', 'fixed_in', 'date', 'cves', 'summary', 'note', 'url', 'suppressed'] as const;

function tsvRow(fix: GatedFix): string[] {
  return [
    fix.id,
    fix.kind,
    fix.severity ?? '',
    fix.cvss?.toString() ?? '',
    yesNo(fix.exploited),
    yesNo(fix.certain),
    fix.fixedIn,
    fix.date,
    fix.cves.join(','),
    fix.summary,
    fix.note ?? '',
    fix.url ?? '',
    fix.suppressed?.reason ?? '',
  ];
}

/** A `#` comment line before the rows when --insecure was given (with or without the header). */
export const insecureTsvLine = (options: RenderOptions): string => (options.insecure ? `# ${INSECURE_NOTE}\n` : '');

/** One exposed fix per line. */
export function renderReportTsv({ gate }: CheckedReport, options: RenderOptions): string {
  return `${insecureTsvLine(options)}${renderTsvRows(TSV_COLUMNS, gate.shown.map(tsvRow), options.header)}`;
}
