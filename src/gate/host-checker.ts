import { analyzeBuildString } from '../analyse/analyze-build.js';
import type { Target } from '../analyse/recommend.js';
import type { Report } from '../analyse/report.js';
import type { Catalog } from '../catalog/model.js';
import type { HostRow } from '../parse/hosts/host-row.js';
import { BuildStringError } from '../shared/errors.js';
import type { CheckedReport } from './checked-report.js';
import { evaluateGate } from './evaluate-gate.js';
import type { GatePolicy } from './gate-policy.js';
import type { HostOutcome } from './host-outcome.js';
import { suppressionMatcher } from './suppression.js';

export interface HostCheckRequest {
  readonly asOf: string;
  readonly target: Target;
  readonly esu: boolean;
  readonly policy: GatePolicy;
}

const CACHED_BUILD_STRINGS = 10_000;

type Analysis = { readonly report: Report; readonly checked: CheckedReport | null } | { readonly error: string };

/** Checks host-list rows; hosts with the same build string (and the same host-scoped ignore entries) share one analysis. */
export function createHostChecker(catalog: Catalog, request: HostCheckRequest): (row: HostRow) => HostOutcome {
  const matcher = suppressionMatcher(request.policy.ignore, request.asOf);
  const reports = new Map<string, Analysis>();
  const analyse = (buildString: string): Analysis => {
    let analysis = reports.get(buildString);
    if (!analysis) {
      try {
        const report = analyzeBuildString(catalog, {
          buildString,
          asOf: request.asOf,
          target: request.target,
          esu: request.esu,
          require: request.policy.require,
        });
        analysis = { report, checked: matcher.hostSpecific ? null : { report, gate: evaluateGate(report, null, request.policy, matcher) } };
      } catch (error) {
        if (!(error instanceof BuildStringError)) throw error;
        analysis = { error: error.message };
      }
      if (reports.size >= CACHED_BUILD_STRINGS) reports.clear();
      reports.set(buildString, analysis);
    }
    return analysis;
  };
  const scopedChecks = new Map<string, CheckedReport>();
  const checkFor = (report: Report, buildString: string, host: string | null): CheckedReport => {
    const key = `${buildString}\u0000${matcher.hostKey(host)}`;
    let checked = scopedChecks.get(key);
    if (!checked) {
      checked = { report, gate: evaluateGate(report, host, request.policy, matcher) };
      if (scopedChecks.size >= CACHED_BUILD_STRINGS) scopedChecks.clear();
      scopedChecks.set(key, checked);
    }
    return checked;
  };
  return (row) => {
    const label = row.host ?? `(line ${row.lineNumber})`;
    const analysis = row.error === null && row.buildString !== null ? analyse(row.buildString) : { error: row.error ?? 'no build' };
    if ('error' in analysis) return { label, host: row.host, lineNumber: row.lineNumber, checked: null, error: analysis.error, verdict: 'unreadable' };
    const checked = analysis.checked ?? checkFor(analysis.report, row.buildString!, row.host);
    return { label, host: row.host, lineNumber: row.lineNumber, checked, error: null, verdict: checked.gate.verdict };
  };
}
