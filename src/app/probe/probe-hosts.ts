import { analyzeProbe } from '../../analyse/analyze-probe.js';
import type { Catalog } from '../../catalog/model.js';
import { evaluateGate } from '../../gate/evaluate-gate.js';
import type { GatePolicy } from '../../gate/gate-policy.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { suppressionMatcher } from '../../gate/suppression.js';
import { prepareTlsTrust } from '../../input/http/tls-trust.js';
import type { ProbeOptions } from '../../input/probe/probe-options.js';
import { describeProbeSource } from '../../parse/probe/describe-probe.js';
import { probeEvidence } from '../../parse/probe/probe-evidence.js';
import { UnreachableError, UsageError } from '../../shared/errors.js';
import type { CheckRequest, ProbeSettings } from '../check-request.js';
import type { RunContext } from '../run-context.js';
import type { ProgressStarter } from '../start-progress.js';
import { probeHost } from './probe-host.js';

/** How reports name a probed server: the host-list row's host and line, or the target itself. */
export interface OutcomeHead {
  readonly label: string;
  readonly host: string | null;
  readonly lineNumber: number | null;
}

/** Probes one server and checks the build it reveals; never rejects for a network problem. */
export type HostProber = (head: OutcomeHead, target: string) => Promise<HostOutcome>;

/** The whole probe of one server may take this many times `--probe-timeout`: one request per endpoint. */
const BUDGET_IN_REQUESTS = 3;

const probeOptionsFor = (settings: ProbeSettings, context: Pick<RunContext, 'toolVersion' | 'env'>): ProbeOptions => ({
  clientVersion: context.toolVersion,
  requestTimeoutMs: settings.timeoutMs,
  budgetMs: settings.timeoutMs * BUDGET_IN_REQUESTS,
  followRedirects: settings.followRedirects,
  insecure: settings.insecure,
  env: context.env,
});

/**
 * Probes servers and analyses what they reveal exactly as a pasted build (a CU level as CU-level
 * input), gated as any host. A server whose build cannot be read becomes an error host with the
 * reason and verdict `unreachable`; a target that is not a server name, an unreadable one.
 * TLS trust is prepared once for the run.
 */
export function createHostProber(catalog: Catalog, request: CheckRequest, policy: GatePolicy, context: RunContext): HostProber {
  const options = probeOptionsFor(request.probe, context);
  const trust = prepareTlsTrust(options, undefined, context.env);
  const matcher = suppressionMatcher(policy.ignore, request.asOf);
  return async (head, target) => {
    const result = await probeHost(target, options, trust);
    if (!result.ok) {
      const error = describeProbeSource(result);
      if (result.failure.kind === 'invalid-target') return { ...head, checked: null, error, verdict: 'unreadable' };
      return { ...head, checked: null, error, verdict: 'unreachable', probe: probeEvidence(result) };
    }
    const report = analyzeProbe(catalog, result, { asOf: request.asOf, target: request.target, esu: request.esu, require: policy.require });
    const gate = evaluateGate(report, head.host, policy, matcher);
    return { ...head, checked: { report, gate }, error: null, verdict: gate.verdict };
  };
}

/** The one server given in place of a build string: checked, or an error (exit code 6) naming why its build could not be read. */
export async function probeOne(
  catalog: Catalog,
  request: CheckRequest,
  policy: GatePolicy,
  context: RunContext,
  startProgress: ProgressStarter,
): Promise<HostOutcome> {
  const target = request.probeTargets[0]!;
  const progress = await startProgress(() => `probing ${target}`);
  let outcome: HostOutcome;
  try {
    outcome = await createHostProber(catalog, request, policy, context)({ label: target, host: null, lineNumber: null }, target);
  } finally {
    progress.stop();
  }
  if (outcome.checked !== null) return outcome;
  throw outcome.verdict === 'unreachable' ? new UnreachableError(outcome.error ?? target) : new UsageError(outcome.error ?? target);
}
