import type { MonitoringState } from '../shared/monitoring-state.js';
import { SEVERITY_BANDS } from '../shared/severity.js';
import { meetsLevel, type FailOnLevel } from './gate-policy.js';
import type { SeverityCounts } from './severity-counts.js';
import type { HostOutcome } from './host-outcome.js';

/** How a monitoring check (`--format nagios`) judges hosts: the gate decides CRITICAL; `warning` the level for WARNING. */
export interface MonitoringPolicy {
  readonly warning: FailOnLevel;
  /** The catalog's facts end more than --max-catalog-age days before the as-of date. */
  readonly staleCatalog: boolean;
}

/**
 * One host's state: UNKNOWN for a row that cannot be read or a build the catalog cannot place (the
 * gate's exit code 4), CRITICAL when the gate fails, WARNING when it passes but the host still lacks
 * a fix at or above the warning level (within --grace, below --fail-on, uncertain) or is out of
 * support and accepted; else OK.
 */
export function monitoringStateOf(outcome: HostOutcome, policy: MonitoringPolicy): MonitoringState {
  if (!outcome.checked || outcome.verdict === 'unplaced' || outcome.verdict === 'unreadable') return 'unknown';
  if (outcome.verdict !== 'pass') return 'critical';
  const { report, gate } = outcome.checked;
  const lacking = lacksAtLevel(gate.counts, policy.warning);
  const unsupported = report.status === 'unsupported' && policy.warning !== 'none';
  return lacking || unsupported ? 'warning' : 'ok';
}

/** Whether unsuppressed missing fixes (every one, whatever --severity shows) reach the level. */
function lacksAtLevel(counts: SeverityCounts, level: FailOnLevel): boolean {
  if (level === 'any') return counts.exposed > 0;
  if (level === 'exploited') return counts.exploited > 0;
  return SEVERITY_BANDS.some((band) => counts[band] > 0 && meetsLevel(level, band, false));
}

/** The state of a whole run: the worst host's, and at least WARNING on a stale catalog. */
export const runMonitoringState = (hosts: MonitoringState, policy: MonitoringPolicy): MonitoringState =>
  hosts === 'ok' && policy.staleCatalog && policy.warning !== 'none' ? 'warning' : hosts;
