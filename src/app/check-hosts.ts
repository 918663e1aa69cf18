import type { Catalog } from '../catalog/model.js';
import { FleetSummaryBuilder } from '../gate/fleet-summary.js';
import type { GatePolicy } from '../gate/gate-policy.js';
import { createHostChecker } from '../gate/host-checker.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import { ignoreNotes } from '../gate/ignore-notes.js';
import { needsProbe, type HostRow } from '../parse/hosts/host-row.js';
import { openHostList } from '../input/host-list-source.js';
import { maxLineCharsFrom } from '../input/text-files.js';
import { MAX_LINE_CHARS } from '../parse/text/line-splitter.js';
import { FORMATS } from '../render/formats.js';
import type { RenderOptions } from '../render/render-options.js';
import { monitoringStateOf } from '../gate/monitoring-state.js';
import { worseMonitoringState, type MonitoringState } from '../shared/monitoring-state.js';
import type { CheckedRun } from './check-build.js';
import type { CheckRequest } from './check-request.js';
import { optionsFor, withOutputTargets } from './output-targets.js';
import { readHostRows } from './read-host-rows.js';
import type { RunContext } from './run-context.js';
import type { HostProber } from './probe/probe-hosts.js';
import type * as ProbeRowsModule from './probe/probe-rows.js';
import type { ProgressStarter } from './start-progress.js';
import { writeStream } from './write-stream.js';

type ProbeRows = typeof ProbeRowsModule;

type RowsWithProbes = (first: readonly HostRow[], rest: AsyncIterator<readonly HostRow[]>) => AsyncIterable<readonly HostOutcome[]>;

/** Rows as they come; from the first batch with a URL row on, the probing pipeline (loaded only then) takes over. */
async function* checkedRows(
  batches: AsyncIterable<readonly HostRow[]>,
  check: (row: HostRow) => HostOutcome,
  withProbes: () => Promise<RowsWithProbes>,
): AsyncGenerator<readonly HostOutcome[]> {
  const iterator = batches[Symbol.asyncIterator]();
  try {
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      if (!next.value.some(needsProbe)) {
        yield next.value.map(check);
        continue;
      }
      yield* (await withProbes())(next.value, iterator);
      return;
    }
  } finally {
    await iterator.return?.();
  }
}

/** The batches as they come, each host judged as a monitoring check would judge it on the way. */
async function* judged(batches: AsyncIterable<readonly HostOutcome[]>, judge: (outcome: HostOutcome) => void): AsyncGenerator<readonly HostOutcome[]> {
  for await (const batch of batches) {
    batch.forEach(judge);
    yield batch;
  }
}

/**
 * Checks every host of a host list as its row arrives (probing the servers of URL rows, a few at a
 * time), or every --probe target, and writes each format asked for as it goes, in input order.
 */
export async function checkHosts(
  catalog: Catalog,
  request: CheckRequest,
  policy: GatePolicy,
  options: RenderOptions,
  context: RunContext,
  startProgress: ProgressStarter,
): Promise<CheckedRun> {
  const source = request.probeTargets.length > 0 ? null : openHostList(request.hostsPath ?? '-', context.stdin);
  const check = createHostChecker(catalog, { asOf: request.asOf, target: request.target, esu: request.esu, policy });
  const { concurrency } = request.probe;
  // The probe and its HTTP client are loaded only when a server is to be probed.
  const probing = async (): Promise<{ rows: ProbeRows; probe: HostProber }> => {
    const [rows, { createHostProber }] = await Promise.all([import('./probe/probe-rows.js'), import('./probe/probe-hosts.js')]);
    return { rows, probe: createHostProber(catalog, request, policy, context) };
  };
  const outcomes = source
    ? checkedRows(readHostRows(source, request.hostsFormat, maxLineCharsFrom(context.env, MAX_LINE_CHARS)), check, async () => {
        const { rows, probe } = await probing();
        return (first, rest) => rows.checkRowsWithProbes(first, rest, check, probe, concurrency);
      })
    : await probing().then(({ rows, probe }) => rows.checkProbeTargets(request.probeTargets, probe, concurrency));
  let hostsState: MonitoringState = 'ok';
  const judge = (outcome: HostOutcome): void => {
    hostsState = worseMonitoringState(hostsState, monitoringStateOf(outcome, { warning: request.warningLevel, staleCatalog: false }));
  };
  const progress = await startProgress((done) => `analysed ${done.toLocaleString('en-US')} ${done === 1 ? 'host' : 'hosts'}`);
  try {
    const builder = new FleetSummaryBuilder();
    const summary = await withOutputTargets(request.format, request.outputs, request.colorLevel, context, (targets) =>
      writeStream(
        targets.map((target) => ({
          renderer: FORMATS[target.format].stream({ ...optionsFor(options, target), source: source?.name ?? null }),
          sink: target.sink,
        })),
        judged(outcomes, judge),
        builder,
        progress,
        source?.name ?? null,
      ),
    );
    if (builder.duplicateHostCount > 0) {
      context.diagnostics.warning(
        `${builder.duplicateHostCount} duplicate host ${builder.duplicateHostCount === 1 ? 'name' : 'names'}: ${summary.duplicateHosts.join(', ')}`,
      );
    }
    for (const note of ignoreNotes(policy.ignore, request.asOf, builder.usedIgnoreEntries, (id) => catalog.fixKeysFor(id).length > 0))
      context.diagnostics.warning(note);
    return { verdict: summary.verdict, hostsState };
  } finally {
    progress.stop();
  }
}
