import type { Report } from '../../analyse/report.js';
import type { CheckedReport } from '../../gate/checked-report.js';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "lacks 3 fixes, 1 known exploited; may lack 2", never "lacks no listed fix" while missing updates' fix lists are incomplete. */
function describeLack({ report, gate }: CheckedReport): string {
  const missing = gate.shown.filter((fix) => !fix.suppressed);
  const certain = missing.filter((fix) => fix.certain);
  const exploited = certain.filter((fix) => fix.exploited).length;
  const uncertain = missing.length - certain.length;
  const parts = [
    ...(certain.length > 0 ? [`lacks ${plural(certain.length, 'fix', 'fixes')}${exploited > 0 ? `, ${exploited} known exploited` : ''}`] : []),
    ...(uncertain > 0 ? [`may lack ${uncertain}`] : []),
    ...(!report.exposure.complete && report.missing.length > 0
      ? [`behind by ${plural(report.missing.length, 'update', 'updates')} whose fixes are not all listed`]
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

export function gateLine({ report, gate }: CheckedReport): string | null {
  if (gate.reasons.length > 0) return `Gate: failed: ${gate.reasons.join('; ')}`;
  return report.status === 'current' ? null : 'Gate: passed';
}
