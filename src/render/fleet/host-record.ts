import type { HostOutcome } from '../../fleet/host-outcome.js';
import type { GateOutcome } from '../../gate/evaluate-gate.js';
import { buildJsonReport } from '../json.js';
import type { RenderOptions } from '../render-options.js';

export function summaryRecord(summary: object): string {
  return JSON.stringify({ type: 'summary', ...summary });
}

export function hostRecordWriter(options: RenderOptions): (outcome: HostOutcome) => string {
  const bodies = new WeakMap<GateOutcome, string>();
  return (outcome) => {
    const head = `{"type":"host","host":${JSON.stringify(outcome.host)},"line":${outcome.line}`;
    if (!outcome.report || !outcome.gate) return `${head},"status":"error","error":${JSON.stringify(outcome.error)},"exitCode":${outcome.exitCode}}`;
    let body = bodies.get(outcome.gate);
    if (body === undefined) {
      body = JSON.stringify(buildJsonReport({ report: outcome.report, gate: outcome.gate }, options)).slice(1);
      bodies.set(outcome.gate, body);
    }
    return `${head},${body}`;
  };
}
