import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { monitoringStateOf, runMonitoringState, type MonitoringPolicy } from '../../gate/monitoring-state.js';
import { daysBetween } from '../../shared/calendar-date.js';
import { worseMonitoringState, type MonitoringState } from '../../shared/monitoring-state.js';
import { SEVERITY_BANDS } from '../../shared/severity.js';
import { describeBasis } from '../describe-catalogs.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { describeCounts } from '../text/describe-counts.js';
import { perfdata, pluginText } from './perfdata.js';

/** Hosts listed in the long text, per state; the rest are counted. */
const LISTED_PER_STATE = 50;
const DEFAULT_POLICY: MonitoringPolicy = { warning: 'any', staleCatalog: false };
const LISTED_STATES: readonly MonitoringState[] = ['critical', 'warning', 'unknown'];

/** One host in words: its release and status, what it lacks, what to install; or why its row could not be read. */
function describeHost(outcome: HostOutcome): string {
  if (!outcome.checked) return `cannot be checked: ${outcome.error ?? 'unreadable row'}`;
  const { report, gate } = outcome.checked;
  const install = report.recommended && !report.upToDate ? `; install ${recommendedLabel(report)}` : '';
  const steps =
    gate.unconfirmedCount > 0 ? `; ${gate.unconfirmedCount} configuration ${gate.unconfirmedCount === 1 ? 'step' : 'steps'} to confirm on the server` : '';
  return `${installedLabel(report)} (${report.status}): ${describeCounts(gate.counts)}${install}${steps}`;
}

const daysBehind = (outcome: HostOutcome, asOf: string): number => {
  const first = outcome.checked?.report.missing[0]?.date;
  return first === undefined || first > asOf ? 0 : daysBetween(first, asOf);
};

/**
 * `--format nagios`: a Monitoring Plugins check result. One status line `ROLLUP-CHECK STATE - text |
 * perfdata`, then the hosts that are not OK (long text), then the catalogs used. The exit code is
 * the state's (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN), mapped by the command line.
 */
export const nagiosStreamRenderer: StreamRendererFactory = (options) => {
  const policy = options.monitoring ?? DEFAULT_POLICY;
  const insecureLines = options.insecure ? [INSECURE_NOTE] : [];
  const listed: Record<MonitoringState, string[]> = { ok: [], warning: [], critical: [], unknown: [] };
  const byState: Record<MonitoringState, number> = { ok: 0, warning: 0, critical: 0, unknown: 0 };
  const lacking = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, unconfirmed: 0 };
  let worst: MonitoringState = 'ok';
  let only: { outcome: HostOutcome; state: MonitoringState } | null = null;
  return {
    start: () => '',
    host: (outcome) => {
      const state = monitoringStateOf(outcome, policy);
      worst = worseMonitoringState(worst, state);
      byState[state] += 1;
      const counts = outcome.checked?.gate.counts;
      for (const band of SEVERITY_BANDS) if ((counts?.[band] ?? 0) > 0) lacking[band] += 1;
      if ((counts?.exploited ?? 0) > 0) lacking.exploited += 1;
      if ((outcome.checked?.gate.unconfirmedCount ?? 0) > 0) lacking.unconfirmed += 1;
      if (state !== 'ok' && listed[state].length < LISTED_PER_STATE) listed[state].push(`${state.toUpperCase()}: ${outcome.label} - ${describeHost(outcome)}`);
      only = options.single === true ? { outcome, state } : null;
      return '';
    },
    end: (summary: FleetSummary) => {
      const state = runMonitoringState(worst, policy);
      const stale = policy.staleCatalog ? ' (the catalog is older than --max-catalog-age)' : '';
      if (only !== null) {
        const { outcome } = only;
        const counts = outcome.checked?.gate.counts;
        const data = perfdata([
          ...SEVERITY_BANDS.map((band) => ({ label: band, value: counts?.[band] ?? 0 })),
          { label: 'exploited', value: counts?.exploited ?? 0 },
          { label: 'uncertain', value: counts?.uncertain ?? 0 },
          { label: 'unconfirmed', value: outcome.checked?.gate.unconfirmedCount ?? 0 },
          { label: 'days_behind', value: daysBehind(outcome, options.asOf) },
        ]);
        const reasons = outcome.checked?.gate.reasons ?? [];
        return [
          `ROLLUP-CHECK ${state.toUpperCase()} - ${pluginText(`${outcome.label}: ${describeHost(outcome)}${stale}`)} | ${data}`,
          ...reasons.map((reason) => pluginText(`gate: ${reason}`)),
          pluginText(describeBasis(options)),
          ...insecureLines,
          '',
        ].join('\n');
      }
      const counted = LISTED_STATES.filter((name) => byState[name] > 0).map((name) => `${byState[name]} ${name}`);
      const headline = `${summary.hosts} ${summary.hosts === 1 ? 'host' : 'hosts'}: ${[...counted, `${byState.ok} ok`].join(', ')}${stale}`;
      const data = perfdata([
        { label: 'hosts', value: summary.hosts },
        ...(['ok', 'warning', 'critical', 'unknown'] as const).map((name) => ({ label: name, value: byState[name], max: summary.hosts })),
        ...(['critical', 'high', 'medium', 'low', 'exploited'] as const).map((name) => ({
          label: `lacking_${name}`,
          value: lacking[name],
          max: summary.hosts,
        })),
        { label: 'to_confirm', value: lacking.unconfirmed, max: summary.hosts },
      ]);
      const lines = LISTED_STATES.flatMap((name) => {
        const more = byState[name] - listed[name].length;
        return [...listed[name].map(pluginText), ...(more > 0 ? [`${name.toUpperCase()}: …and ${more} more`] : [])];
      });
      return [
        `ROLLUP-CHECK ${state.toUpperCase()} - ${pluginText(headline)} | ${data}`,
        ...lines,
        pluginText(describeBasis(options)),
        ...insecureLines,
        '',
      ].join('\n');
    },
  };
};
