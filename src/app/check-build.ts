import { analyzeBuildString } from '../analyse/analyze-build.js';
import type { Catalog } from '../catalog/model.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import { FleetSummaryBuilder } from '../gate/fleet-summary.js';
import type { GatePolicy } from '../gate/gate-policy.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import { ignoreNotes } from '../gate/ignore-notes.js';
import { suppressionMatcher } from '../gate/suppression.js';
import { NO_PROGRESS } from '../output/progress.js';
import { FORMATS } from '../render/formats.js';
import type { RenderOptions } from '../render/render-options.js';
import { monitoringStateOf } from '../gate/monitoring-state.js';
import type { MonitoringState } from '../shared/monitoring-state.js';
import type { Verdict } from '../shared/verdict.js';
import type { CheckRequest } from './check-request.js';
import { optionsFor, withOutputTargets } from './output-targets.js';
import type { RunContext } from './run-context.js';
import type { ProgressStarter } from './start-progress.js';
import { writeStream } from './write-stream.js';

/** What checking a build or a host list concluded: the gate's verdict, and the hosts' monitoring state. */
export interface CheckedRun {
  readonly verdict: Verdict;
  readonly hostsState: MonitoringState;
}

/** The build given, or the local server's own, analysed and gated as the one host of the report. */
async function checkGivenOrLocal(catalog: Catalog, request: CheckRequest, policy: GatePolicy, context: RunContext): Promise<HostOutcome> {
  const local = request.buildString === null ? await (await import('./detect-local-build.js')).detectLocalBuild(request.detectTimeoutMs) : null;
  if (local) {
    const passedOver = local.passedOver.length > 0 ? ` (passed over: ${[...new Set(local.passedOver)].join('; ')})` : '';
    context.diagnostics.info(`local build ${local.buildString}, read from the ${local.source}${passedOver}`);
  }
  const buildString = local?.buildString ?? request.buildString ?? '';
  const report = analyzeBuildString(catalog, {
    buildString,
    asOf: request.asOf,
    target: request.target,
    esu: request.esu,
    require: policy.require,
    cuLevelOnly: local?.cuLevelOnly ?? false,
    ...(local ? { source: local.source } : {}),
  });
  const gate = evaluateGate(report, null, policy, suppressionMatcher(policy.ignore, request.asOf));
  return { label: buildString, host: null, lineNumber: null, checked: { report, gate }, error: null, verdict: gate.verdict };
}

/** Checks the build given, the one server given to probe, or the local server's own, and writes the report in every format asked for. */
export async function checkBuild(
  catalog: Catalog,
  request: CheckRequest,
  policy: GatePolicy,
  options: RenderOptions,
  context: RunContext,
  startProgress: ProgressStarter,
): Promise<CheckedRun> {
  const outcome =
    request.probeTargets.length === 1
      ? await (await import('./probe/probe-hosts.js')).probeOne(catalog, request, policy, context, startProgress)
      : await checkGivenOrLocal(catalog, request, policy, context);
  const { report, gate } = outcome.checked!;
  await withOutputTargets(request.format, request.outputs, request.colorLevel, context, async (targets) => {
    for (const target of targets) {
      const { report: renderReport, stream } = FORMATS[target.format];
      const targetOptions = optionsFor(options, target);
      if (renderReport === null) {
        await writeStream(
          [{ renderer: stream({ ...targetOptions, source: null, single: true }), sink: target.sink }],
          [[outcome]],
          new FleetSummaryBuilder(),
          NO_PROGRESS,
        );
      } else {
        await target.sink.write(renderReport(outcome.checked!, targetOptions));
        await target.sink.finish();
      }
    }
  });
  for (const warning of report.warnings) context.diagnostics.warning(warning.message);
  for (const note of ignoreNotes(policy.ignore, request.asOf, new Set(gate.usedEntries), (id) => catalog.fixKeysFor(id).length > 0))
    context.diagnostics.warning(note);
  return { verdict: gate.verdict, hostsState: monitoringStateOf(outcome, { warning: request.warningLevel, staleCatalog: false }) };
}
