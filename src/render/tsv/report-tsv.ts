import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix } from '../../gate/gated-fix.js';
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

/** One exposed fix per line. */
export function renderReportTsv({ gate }: CheckedReport, options: RenderOptions): string {
  return renderTsvRows(TSV_COLUMNS, gate.shown.map(tsvRow), options.header);
}
