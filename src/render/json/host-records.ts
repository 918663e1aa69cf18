import type { GateOutcome } from '../../gate/evaluate-gate.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import type { RenderedChunk } from '../stream-renderer.js';
import { hostHeadJson, hostRecordJson } from './host-record-json.js';
import { reportBodyJson } from './report-json.js';

/**
 * Writes host records as JSON text. Hosts that share a gate outcome share the encoded body: only
 * the head (`type`, `host`, `line`) is written per host, so large fleets cost one encoding per build.
 */
export function hostRecordWriter(ending: string): (outcome: HostOutcome) => RenderedChunk[] {
  const bodies = new WeakMap<GateOutcome, Uint8Array>();
  const encoder = new TextEncoder();
  return (outcome) => {
    if (!outcome.checked) return [`${JSON.stringify(hostRecordJson(outcome))}${ending}`];
    let body = bodies.get(outcome.checked.gate);
    if (body === undefined) {
      body = encoder.encode(`,${JSON.stringify(reportBodyJson(outcome.checked)).slice(1)}${ending}`);
      bodies.set(outcome.checked.gate, body);
    }
    return [JSON.stringify(hostHeadJson(outcome)).slice(0, -1), body];
  };
}
