import type { Catalog } from '../catalog/model.js';
import { analyzeBuildString } from '../analyse/analyze-build.js';
import type { Target } from '../analyse/recommend.js';
import type { Report } from '../analyse/report.js';
import { BuildStringError, EXIT_CODES } from '../shared/errors.js';
import { evaluateGate, type GateOutcome } from './evaluate-gate.js';
import type { GatePolicy } from './gate-policy.js';
import { suppressionMatcher } from './suppression.js';
import type { HostRow } from '../parse/hosts/host-row.js';
import type { HostOutcome } from './host-outcome.js';

export interface FleetRequest {
  readonly asOf: string;
  readonly target: Target;
  readonly policy: GatePolicy;
}

const CACHED_BUILD_STRINGS = 10_000;

type Analysis = { readonly report: Report; readonly gate: GateOutcome | null } | { readonly error: string };

export function createHostAnalyzer(catalog: Catalog, request: FleetRequest): (row: HostRow) => HostOutcome {
  const matcher = suppressionMatcher(request.policy.ignore, request.asOf);
  const reports = new Map<string, Analysis>();
  const analyse = (buildString: string): Analysis => {
    let analysis = reports.get(buildString);
    if (!analysis) {
      try {
        const report = analyzeBuildString(catalog, { buildString, asOf: request.asOf, target: request.target, require: request.policy.require });
        analysis = { report, gate: matcher.hostSpecific ? null : evaluateGate(report, null, request.policy, matcher) };
      } catch (error) {
        if (!(error instanceof BuildStringError)) throw error;
        analysis = { error: error.message };
      }
      if (reports.size >= CACHED_BUILD_STRINGS) reports.clear();
      reports.set(buildString, analysis);
    }
    return analysis;
  };
  const scopedGates = new Map<string, GateOutcome>();
  const gateFor = (report: Report, buildString: string, host: string | null): GateOutcome => {
    const key = `${buildString}\u0000${matcher.hostKey(host)}`;
    let gate = scopedGates.get(key);
    if (!gate) {
      gate = evaluateGate(report, host, request.policy, matcher);
      if (scopedGates.size >= CACHED_BUILD_STRINGS) scopedGates.clear();
      scopedGates.set(key, gate);
    }
    return gate;
  };
  return (row) => {
    if (row.error !== null || row.buildString === null) return { host: row.host, line: row.line, report: null, gate: null, error: row.error ?? 'no build', exitCode: EXIT_CODES.usage };
    const analysis = analyse(row.buildString);
    if ('error' in analysis) return { host: row.host, line: row.line, report: null, gate: null, error: analysis.error, exitCode: EXIT_CODES.usage };
    const gate = analysis.gate ?? gateFor(analysis.report, row.buildString, row.host);
    return { host: row.host, line: row.line, report: analysis.report, gate, error: null, exitCode: gate.exitCode };
  };
}
