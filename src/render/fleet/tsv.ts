import type { Severity } from '../../catalog/document.js';
import type { HostOutcome } from '../../fleet/host-outcome.js';
import { escapeTsvField } from '../tsv.js';
import type { FleetRendererFactory } from './fleet-renderer.js';

export const FLEET_TSV_COLUMNS = ['host', 'line', 'status', 'release', 'build', 'recommended', 'exposed', 'critical', 'high', 'medium', 'low', 'exploited', 'suppressed', 'exit_code', 'error'] as const;

const BAND: Record<Severity, 'critical' | 'high' | 'medium' | 'low'> = { critical: 'critical', high: 'high', important: 'high', medium: 'medium', moderate: 'medium', low: 'low' };

export function severityCounts(outcome: HostOutcome): Record<'critical' | 'high' | 'medium' | 'low' | 'exploited' | 'exposed', number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };
  for (const fix of outcome.gate?.shown ?? []) {
    if (fix.suppressed) continue;
    counts.exposed += 1;
    if (fix.exploited) counts.exploited += 1;
    if (fix.severity) counts[BAND[fix.severity]] += 1;
  }
  return counts;
}

function row(outcome: HostOutcome): string[] {
  const { report } = outcome;
  const counts = severityCounts(outcome);
  return [
    outcome.host ?? '',
    String(outcome.line),
    report?.status ?? 'error',
    report?.installed.name ?? '',
    report?.build ?? '',
    report?.recommended?.name ?? '',
    ...[counts.exposed, counts.critical, counts.high, counts.medium, counts.low, counts.exploited, outcome.gate?.suppressedCount ?? 0].map(String),
    String(outcome.exitCode),
    outcome.error ?? '',
  ];
}

export const tsvFleetRenderer: FleetRendererFactory = (options) => ({
  start: () => (options.header ? `${FLEET_TSV_COLUMNS.join('\t')}\n` : ''),
  host: (outcome) => `${row(outcome).map(escapeTsvField).join('\t')}\n`,
  end: () => '',
});
