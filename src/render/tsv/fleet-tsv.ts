import type { GateOutcome } from '../../gate/evaluate-gate.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { NO_COUNTS } from '../../gate/severity-counts.js';
import { exitCodeOfVerdict } from '../../shared/exit-codes.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { escapeTsvField } from './escape-tsv.js';
import { insecureTsvLine } from './report-tsv.js';

const FLEET_TSV_COLUMNS = [
  'host',
  'line',
  'status',
  'release',
  'build',
  'recommended',
  'exposed',
  'critical',
  'high',
  'medium',
  'low',
  'exploited',
  'suppressed',
  'exit_code',
  'error',
  'confidence',
  'uncertain',
  'availability',
  'unconfirmed',
] as const;

/** The columns after host and line, the same for every host that shares a gate outcome. */
function reportColumns(outcome: HostOutcome): string {
  const report = outcome.checked?.report ?? null;
  const gate = outcome.checked?.gate ?? null;
  const counts = gate?.counts ?? NO_COUNTS;
  return [
    report?.status ?? 'error',
    report?.installed.name ?? '',
    report?.build ?? '',
    report?.recommended?.name ?? '',
    ...[counts.exposed, counts.critical, counts.high, counts.medium, counts.low, counts.exploited, gate?.suppressedCount ?? 0].map(String),
    String(exitCodeOfVerdict(outcome.verdict)),
    outcome.error ?? '',
    report?.confidence ?? '',
    String(counts.uncertain),
    report?.recommended?.availability ?? '',
    String(gate?.unconfirmedCount ?? 0),
  ]
    .map(escapeTsvField)
    .join('\t');
}

export const tsvStreamRenderer: StreamRendererFactory = (options) => {
  const tails = new WeakMap<GateOutcome, string>();
  const tailOf = (outcome: HostOutcome): string => {
    const gate = outcome.checked?.gate;
    if (!gate) return reportColumns(outcome);
    let tail = tails.get(gate);
    if (tail === undefined) {
      tail = reportColumns(outcome);
      tails.set(gate, tail);
    }
    return tail;
  };
  return {
    start: () => `${insecureTsvLine(options)}${options.header ? `${FLEET_TSV_COLUMNS.join('\t')}\n` : ''}`,
    host: (outcome) => `${escapeTsvField(outcome.host ?? '')}\t${outcome.lineNumber ?? ''}\t${tailOf(outcome)}\n`,
    end: () => '',
  };
};
