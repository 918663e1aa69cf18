import type { HostOutcome } from '../../gate/host-outcome.js';
import type { GateOutcome } from '../../gate/evaluate-gate.js';
import { buildJsonReport } from '../json.js';
import type { RenderOptions } from '../render-options.js';
import type { RenderedChunk } from './fleet-renderer.js';

export function summaryRecord(summary: object): string {
  return JSON.stringify({ type: 'summary', ...summary });
}

const encoder = new TextEncoder();

export function hostRecordWriter(options: RenderOptions, ending: string): (outcome: HostOutcome) => RenderedChunk[] {
  const bodies = new WeakMap<GateOutcome, Uint8Array>();
  return (outcome) => {
    const head = `{"type":"host","host":${JSON.stringify(outcome.host)},"line":${outcome.line},`;
    if (!outcome.report || !outcome.gate) return [`${head}"status":"error","error":${JSON.stringify(outcome.error)},"exitCode":${outcome.exitCode}}${ending}`];
    let body = bodies.get(outcome.gate);
    if (body === undefined) {
      body = encoder.encode(`${JSON.stringify(buildJsonReport({ report: outcome.report, gate: outcome.gate }, options)).slice(1)}${ending}`);
      bodies.set(outcome.gate, body);
    }
    return [head, body];
  };
}
