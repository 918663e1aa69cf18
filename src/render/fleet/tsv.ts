import type { Severity } from '../../catalog/document.js';
import type { HostOutcome } from '../../fleet/host-outcome.js';
import type { GateOutcome } from '../../gate/evaluate-gate.js';
import { escapeTsvField } from '../tsv.js';
import type { FleetRendererFactory } from './fleet-renderer.js';

export const FLEET_TSV_COLUMNS = ['host', 'line', 'status', 'release', 'build', 'recommended', 'exposed', 'critical', 'high', 'medium', 'low', 'exploited', 'suppressed', 'exit_code', 'error'] as const;

const BAND: Record<Severity, 'critical' | 'high' | 'medium' | 'low'> = { critical: 'critical', high: 'high', important: 'high', medium: 'medium', moderate: 'medium', low: 'low' };

type SeverityCounts = Record<'critical' | 'high' | 'medium' | 'low' | 'exploited' | 'exposed', number>;

const countsByGate = new WeakMap<GateOutcome, SeverityCounts>();

export function severityCounts(outcome: HostOutcome): SeverityCounts {
  if (!outcome.gate) return { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };
  const cached = countsByGate.get(outcome.gate);
  if (cached) return cached;
  const counts = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };
  countsByGate.set(outcome.gate, counts);
  for (const fix of outcome.gate.shown) {
    if (fix.suppressed) continue;
    counts.exposed += 1;
    if (fix.exploited) counts.exploited += 1;
    if (fix.severity) counts[BAND[fix.severity]] += 1;
  }
  return counts;
}

const tails = new WeakMap<GateOutcome, string>();

function reportColumns(outcome: HostOutcome & { gate: GateOutcome }): string {
  let tail = tails.get(outcome.gate);
  if (tail === undefined) {
    const { report } = outcome;
    const counts = severityCounts(outcome);
    tail = [
      report?.status ?? 'error',
      report?.installed.name ?? '',
      report?.build ?? '',
      report?.recommended?.name ?? '',
      ...[counts.exposed, counts.critical, counts.high, counts.medium, counts.low, counts.exploited, outcome.gate.suppressedCount].map(String),
      String(outcome.exitCode),
      '',
    ]
      .map(escapeTsvField)
      .join('\t');
    tails.set(outcome.gate, tail);
  }
  return tail;
}

function row(outcome: HostOutcome): string {
  const head = `${escapeTsvField(outcome.host ?? '')}\t${outcome.line}`;
  if (outcome.gate) return `${head}\t${reportColumns({ ...outcome, gate: outcome.gate })}`;
  return `${head}\terror\t\t\t\t0\t0\t0\t0\t0\t0\t0\t${outcome.exitCode}\t${escapeTsvField(outcome.error ?? '')}`;
}

export const tsvFleetRenderer: FleetRendererFactory = (options) => ({
  start: () => (options.header ? `${FLEET_TSV_COLUMNS.join('\t')}\n` : ''),
  host: (outcome) => `${row(outcome)}\n`,
  end: () => '',
});
