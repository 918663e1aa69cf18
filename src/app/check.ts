import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { loadLayeredCatalog, type CatalogLocation } from '../input/embedded-catalog.js';
import type { Catalog } from '../catalog/model.js';
import { analyzeBuildString } from '../analyse/analyze-build.js';
import type { Target } from '../analyse/recommend.js';
import { unknownFixIds } from '../analyse/requirements.js';
import { EXIT_CODES, UsageError, formatSourceProblem, type ExitCode } from '../shared/errors.js';
import type { FleetRequest } from '../gate/host-checker.js';
import { defaultAsOf, staleCatalogWarning } from '../gate/catalog-age.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import type { GatePolicy, IgnoreEntry } from '../gate/gate-policy.js';
import { suppressionMatcher } from '../gate/suppression.js';
import type { HostsFormat } from '../parse/hosts/detect-format.js';
import { atomicFileSink, streamSink, type OutputSink } from '../output/output-sink.js';
import { IGNORE_FILE_SCHEMA_URL, PACKAGE_JSON_URL } from '../input/package-paths.js';
import { NO_PROGRESS } from '../output/progress.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';
import type { RemoteSettings } from './resolve-remote-catalogs.js';
import { FLEET_FORMATS, type FleetFormat } from '../render/fleet/fleet-formats.js';
import type { FleetRenderOptions } from '../render/fleet/fleet-renderer.js';
import type { ColorLevel } from '../render/render-options.js';
import { RENDERERS } from '../render/renderers.js';
import { ignoreNotes } from '../gate/ignore-notes.js';
import type { FleetTarget } from './run-fleet.js';

export const TOOL_NAME = 'rollup-check';
const DEFAULT_IGNORE_FILE = '.rollupcheck-ignore.yaml';
export const OUTPUT_FORMATS: readonly FleetFormat[] = FLEET_FORMATS;
export type OutputFormat = FleetFormat;

export interface OutputTarget {
  readonly format: OutputFormat;
  readonly path: string;
}

export interface CheckRequest {
  readonly buildString: string | null;
  readonly hostsPath: string | null;
  readonly hostsFormat: HostsFormat | null;
  readonly asOf: string;
  readonly target: Target;
  readonly format: OutputFormat;
  readonly outputs: readonly OutputTarget[];
  readonly header: boolean;
  readonly colorLevel: ColorLevel;
  readonly catalogs: CatalogChoice;
  readonly policy: Omit<GatePolicy, 'ignore'>;
  readonly ignoreFile: string | null;
  readonly quiet: boolean;
  readonly detectTimeoutMs: number;
  readonly maxCatalogAgeDays: number;
  readonly failOnStaleCatalog: boolean;
}

export interface RunIO {
  readonly stdout: Writable;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  readonly stdinHasData: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function toolVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON_URL, 'utf8')) as { version: string }).version;
}

export interface CatalogChoice {
  readonly locations: readonly CatalogLocation[];
  readonly remote: RemoteSettings;
}

export async function resolveCatalogs(choice: CatalogChoice, io: RunIO, today: string): Promise<readonly CatalogLocation[]> {
  if (!choice.locations.some((location) => typeof location.path === 'string' && isRemoteCatalog(location.path))) return choice.locations;
  const { resolveRemoteCatalogs } = await import('../on-demand.js');
  return resolveRemoteCatalogs(choice.locations, choice.remote, { env: io.env, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY, stdoutIsTTY: io.stdoutIsTTY, today });
}

export async function loadCatalog(choice: CatalogChoice, io: RunIO, today: string): Promise<Catalog> {
  const locations = await resolveCatalogs(choice, io, today);
  return loadLayeredCatalog(locations);
}

async function loadIgnoreEntries(explicit: string | null, cwd: string): Promise<readonly IgnoreEntry[]> {
  const path = explicit ?? join(cwd, DEFAULT_IGNORE_FILE);
  if (explicit === null && !existsSync(path)) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: cannot read the ignore file`);
  }
  const schema = JSON.parse(readFileSync(IGNORE_FILE_SCHEMA_URL, 'utf8')) as object;
  const { validateIgnoreFile, hostGlob } = await import('../on-demand.js');
  const { entries, errors } = validateIgnoreFile(text, explicit ?? DEFAULT_IGNORE_FILE, schema);
  if (errors.length > 0) throw new UsageError(errors.map(formatSourceProblem).join('\n'));
  return entries.map((entry) => ({ ...entry, matchesHost: entry.hosts === null ? null : hostGlob(entry.hosts) }));
}

function sinkFor(target: OutputTarget | null, io: RunIO): OutputSink {
  return target === null ? streamSink(io.stdout) : atomicFileSink(target.path);
}

interface OpenSink {
  readonly format: OutputFormat;
  readonly sink: OutputSink;
  readonly toFile: boolean;
}

async function withSinks<T>(request: CheckRequest, io: RunIO, use: (sinks: OpenSink[]) => Promise<T>): Promise<T> {
  const sinks: OpenSink[] = [{ format: request.format, sink: sinkFor(null, io), toFile: false }];
  try {
    for (const output of request.outputs) sinks.push({ format: output.format, sink: sinkFor(output, io), toFile: true });
    return await use(sinks);
  } catch (error) {
    for (const { sink } of sinks) sink.abandon();
    throw error;
  }
}

const forSink = <O extends { colorLevel: ColorLevel }>(options: O, sink: OpenSink): O => (sink.toFile ? { ...options, colorLevel: 0 } : options);

async function checkOneBuild(catalog: Catalog, request: CheckRequest, policy: GatePolicy, io: RunIO, options: FleetRenderOptions): Promise<ExitCode> {
  const local = request.buildString === null ? await (await import('../on-demand.js')).detectLocalBuild(request.detectTimeoutMs) : null;
  if (local) {
    const passedOver = local.passedOver.length > 0 ? ` (passed over: ${[...new Set(local.passedOver)].join('; ')})` : '';
    io.stderr(`${TOOL_NAME}: local build ${local.buildString}, read from the ${local.source}${passedOver}\n`);
  }
  const report = analyzeBuildString(catalog, {
    buildString: local?.buildString ?? request.buildString!,
    asOf: request.asOf,
    target: request.target,
    require: policy.require,
    cuLevelOnly: local?.cuLevelOnly ?? false,
    ...(local ? { source: local.source } : {}),
  });
  const gate = evaluateGate(report, null, policy, suppressionMatcher(policy.ignore, request.asOf));
  const outcome = { host: null, line: 1, report, gate, error: null, exitCode: gate.exitCode };
  await withSinks(request, io, async (sinks) => {
    for (const open of sinks) {
      const { format, sink } = open;
      if (format === 'text' || format === 'json' || format === 'tsv') {
        await sink.write(RENDERERS[format]({ report, gate }, forSink(options, open)));
        await sink.finish();
      } else {
        const { FLEET_RENDERERS, FleetSummaryBuilder, writeFleet } = await import('../on-demand.js');
        const summary = new FleetSummaryBuilder();
        await writeFleet([{ renderer: FLEET_RENDERERS[format](forSink(options, open)), sink }], [outcome], summary, NO_PROGRESS, null);
      }
    }
  });
  for (const warning of report.warnings) io.stderr(`${TOOL_NAME}: warning: ${warning.message}\n`);
  for (const note of ignoreNotes(policy.ignore, request.asOf, new Set(gate.usedEntries))) io.stderr(`${TOOL_NAME}: warning: ${note}\n`);
  return gate.exitCode;
}

async function checkHostList(catalog: Catalog, request: CheckRequest, policy: GatePolicy, io: RunIO, options: FleetRenderOptions): Promise<ExitCode> {
  const { openHostSource, readHostRows, progressAllowed, startProgress, runFleet, FLEET_RENDERERS } = await import('../on-demand.js');
  const source = openHostSource(request.hostsPath ?? '-', io.stdin);
  const fleetRequest: FleetRequest = { asOf: request.asOf, target: request.target, policy };
  const progress = startProgress({
    enabled: progressAllowed(io.env, io.stderrIsTTY, io.stdoutIsTTY, request.quiet),
    label: (done) => `analysed ${done.toLocaleString('en-US')} ${done === 1 ? 'host' : 'hosts'}`,
  });
  try {
    const { summary, notes } = await withSinks(request, io, (sinks) => {
      const targets: FleetTarget[] = sinks.map((open) => ({ renderer: FLEET_RENDERERS[open.format](forSink({ ...options, source: source.name }, open)), sink: open.sink }));
      return runFleet(catalog, fleetRequest, readHostRows(source, request.hostsFormat), targets, progress, source.name);
    });
    for (const note of notes) io.stderr(`${TOOL_NAME}: warning: ${note}\n`);
    return summary.exitCode;
  } finally {
    progress.stop();
  }
}

export async function runCheck(request: CheckRequest, io: RunIO): Promise<ExitCode> {
  const catalog = await loadCatalog(request.catalogs, io, defaultAsOf(io.env, new Date()));
  const unknown = unknownFixIds(catalog, request.policy.require);
  if (unknown.length > 0) throw new UsageError(`--require names fixes the catalog does not know: ${unknown.join(', ')}`);
  const policy: GatePolicy = { ...request.policy, ignore: await loadIgnoreEntries(request.ignoreFile, io.cwd) };
  const options: FleetRenderOptions = {
    colorLevel: request.colorLevel,
    header: request.header,
    tool: { name: TOOL_NAME, version: toolVersion() },
    catalog: catalog.source,
    catalogs: catalog.sources,
    source: request.hostsPath === null || request.hostsPath === '-' ? 'stdin' : request.hostsPath,
    asOf: request.asOf,
  };
  const stale = staleCatalogWarning(catalog.sources, request.asOf, request.maxCatalogAgeDays);
  const fleet = request.hostsPath !== null || (request.buildString === null && io.stdinHasData);
  const exitCode = await (fleet ? checkHostList(catalog, request, policy, io, options) : checkOneBuild(catalog, request, policy, io, options));
  if (stale === null) return exitCode;
  io.stderr(`${TOOL_NAME}: warning: ${stale}\n`);
  const replaceable: readonly ExitCode[] = [EXIT_CODES.current, EXIT_CODES.behind, EXIT_CODES.unplaced];
  return request.failOnStaleCatalog && replaceable.includes(exitCode) ? EXIT_CODES.staleCatalog : exitCode;
}
