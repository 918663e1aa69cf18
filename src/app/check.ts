import { join } from 'node:path';
import { unknownFixIds } from '../analyse/requirements.js';
import { staleCatalogWarning } from '../gate/catalog-age.js';
import type { GatePolicy, IgnoreEntry } from '../gate/gate-policy.js';
import { runMonitoringState, type MonitoringPolicy } from '../gate/monitoring-state.js';
import type { MonitoringState } from '../shared/monitoring-state.js';
import { fileExists, maxInputBytesFrom } from '../input/text-files.js';
import type { RenderOptions } from '../render/render-options.js';
import { UsageError } from '../shared/errors.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import type { Verdict } from '../shared/verdict.js';
import { loadCatalog } from './catalog-choice.js';
import { checkBuild } from './check-build.js';
import type { CheckRequest } from './check-request.js';
import { DEFAULT_IGNORE_FILE } from './ignore-file-name.js';
import { inputPathsOf } from './input-paths.js';
import { refuseInterleavedStdout, refuseOverwritingInputs } from './output-targets.js';
import type { RunContext } from './run-context.js';
import { progressStarter } from './start-progress.js';

/** Said once on stderr with --insecure: what skipping verification risks. */
const INSECURE_WARNING = 'TLS certificates of the servers probed are NOT verified (--insecure): anyone between here and them can answer in their name';

export interface CheckResult {
  readonly verdict: Verdict;
  /** The run as a monitoring check (`--format nagios`) judges it. */
  readonly monitoringState: MonitoringState;
  /** The newest catalog is older than --max-catalog-age on the as-of date. */
  readonly staleCatalog: boolean;
}

async function ignoreEntries(explicit: string | null, cwd: string, maxBytes: number): Promise<readonly IgnoreEntry[]> {
  if (explicit === null && !fileExists(join(cwd, DEFAULT_IGNORE_FILE))) return [];
  const { loadIgnoreFile } = await import('./load-ignore-file.js');
  return loadIgnoreFile(explicit, cwd, maxBytes);
}

/** Checks one build, a host list or the local server against the chosen catalogs and gate. */
export async function runCheck(request: CheckRequest, context: RunContext): Promise<CheckResult> {
  refuseOverwritingInputs(request.outputs, inputPathsOf(request, context.cwd));
  const hostList =
    request.probeTargets.length > 1 ||
    request.hostsPath !== null ||
    (request.buildString === null && request.probeTargets.length === 0 && context.stdinHasData);
  if (hostList) refuseInterleavedStdout(request.outputs, request.format);
  const startProgress = progressStarter(context, request.quiet);
  const catalog = await loadCatalog(request.catalogs, context, startProgress);
  const unknown = unknownFixIds(catalog, request.policy.require);
  if (unknown.length > 0) throw new UsageError(`--require names fixes the catalog does not know: ${unknown.join(', ')}`);
  const policy: GatePolicy = { ...request.policy, ignore: await ignoreEntries(request.ignoreFile, context.cwd, maxInputBytesFrom(context.env)) };
  const stale = staleCatalogWarning(catalog.source, request.asOf, request.maxCatalogAgeDays);
  const monitoring: MonitoringPolicy = { warning: request.warningLevel, staleCatalog: stale !== null };
  const options: RenderOptions = {
    width: request.width,
    header: request.header,
    tool: { name: TOOL_NAME, version: context.toolVersion },
    catalog: catalog.source,
    catalogs: catalog.sources,
    asOf: request.asOf,
    ...(request.probe.insecure ? { insecure: true } : {}),
    monitoring,
  };
  if (request.probe.insecure) context.diagnostics.warning(INSECURE_WARNING);
  const checked = hostList
    ? await (await import('./check-hosts.js')).checkHosts(catalog, request, policy, options, context, startProgress)
    : await checkBuild(catalog, request, policy, options, context, startProgress);
  if (stale !== null) context.diagnostics.warning(stale);
  return { verdict: checked.verdict, monitoringState: runMonitoringState(checked.hostsState, monitoring), staleCatalog: stale !== null };
}
