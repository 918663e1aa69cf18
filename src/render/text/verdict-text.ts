import type { Report } from '../../analyse/report.js';
import type { CheckedReport } from '../../gate/checked-report.js';
import type { GateCause, GateOutcome } from '../../gate/evaluate-gate.js';
import type { StyledLine } from '../../shared/styled-text.js';
import { countOf, formatCount } from './format-count.js';
import { wrapLine } from './wrap-line.js';

/** "lacks 3 fixes, 1 known exploited; may lack 2", never "lacks no listed fix" while missing updates' fix lists are incomplete. */
function describeLack({ report, gate }: CheckedReport): string {
  const missing = gate.open;
  const certain = missing.filter((fix) => fix.certain);
  const exploited = certain.filter((fix) => fix.exploited).length;
  const uncertain = missing.length - certain.length;
  const parts = [
    ...(certain.length > 0 ? [`lacks ${countOf(certain.length, 'fix', 'fixes')}${exploited > 0 ? `, ${formatCount(exploited)} known exploited` : ''}`] : []),
    ...(uncertain > 0 ? [`may lack ${formatCount(uncertain)}`] : []),
    ...(!report.exposure.complete && report.missing.length > 0
      ? [`behind by ${countOf(report.missing.length, 'update', 'updates')} whose fixes are not all listed`]
      : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'lacks no listed fix';
}

/** "install Exchange 2019 CU15 Aug26SU", or "move to Exchange Server Subscription Edition (Exchange SE RTM Sep26SUv2)". */
function wayOut(report: Report, fallback: string): string {
  const { recommended } = report;
  if (!recommended) return `install ${fallback}`;
  return recommended.product.id === report.product?.id ? `install ${recommended.name}` : `move to ${recommended.product.name} (${recommended.name})`;
}

export function describeVerdict(checked: CheckedReport): string {
  const { report } = checked;
  switch (report.status) {
    case 'current':
      return 'current: runs the recommended release and lacks no listed fix';
    case 'ahead':
      return 'ahead: newer than every release the catalog lists for its line, so it contains every listed fix (the catalog may be behind)';
    case 'behind':
      return `behind: ${describeLack(checked)}; ${wayOut(report, 'the recommended release')}`;
    case 'unsupported':
      return `out of support: ${report.upToDate ? 'runs the newest release and lacks no listed fix, but gets no further fixes' : `${describeLack(checked)}; ${wayOut(report, 'a supported release')}`}`;
    case 'unknown':
      return 'unknown: the catalog cannot place this build';
  }
}

/** "46 fixes, 4 exploited", "3 fixes at or above high", or the cause as the gate words it. */
function describeCause(cause: GateCause, gate: GateOutcome): string {
  if (cause.kind !== 'fixes') return cause.summary;
  const failing = new Set(cause.items);
  const exploited = gate.open.filter((fix) => failing.has(fix.id) && fix.exploited).length;
  if (cause.level === 'exploited') return `${countOf(cause.items.length, 'exploited fix', 'exploited fixes')}`;
  const level = cause.level === 'any' || cause.level === null ? '' : ` at or above ${cause.level}`;
  return `${countOf(cause.items.length, 'fix', 'fixes')}${level}${exploited > 0 ? `, ${formatCount(exploited)} exploited` : ''}`;
}

const LIST_LABELS: Record<GateCause['kind'], string> = { fixes: 'fixes', updates: 'updates', other: '' };

/** "Gate: fails: 46 fixes, 4 exploited; out of support since …", then what each cause names, wrapped at word boundaries. */
export function gateLines({ report, gate }: CheckedReport, width: number | null): StyledLine[] {
  if (gate.causes.length === 0) return report.status === 'current' ? [] : [['Gate: passes']];
  const lines = wrapLine([`Gate: fails: ${gate.causes.map((cause) => describeCause(cause, gate)).join('; ')}`], width, '  ');
  for (const cause of gate.causes) {
    if (cause.items.length > 0) lines.push(...wrapLine([`  ${LIST_LABELS[cause.kind]}: ${cause.items.join(', ')}`], width, '    '));
  }
  return lines;
}
