import type { HostOutcome } from '../../gate/host-outcome.js';
import { severityCounts } from '../../gate/severity-counts.js';
import type { GateOutcome } from '../../gate/evaluate-gate.js';
import { escapeTsvField } from '../tsv.js';
import type { FleetRendererFactory } from './fleet-renderer.js';

const FLEET_TSV_COLUMNS = ['host', 'line', 'status', 'release', 'build', 'recommended', 'exposed', 'critical', 'high', 'medium', 'low', 'exploited', 'suppressed', 'exit_code', 'error'] as const;

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
