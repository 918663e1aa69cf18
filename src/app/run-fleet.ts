import type { Catalog } from '../catalog/model.js';
import { UsageError } from '../shared/errors.js';
import { createHostAnalyzer, type FleetRequest } from '../gate/host-checker.js';
import { FleetSummaryBuilder, type FleetSummary } from '../gate/fleet-summary.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import { ignoreNotes } from '../gate/ignore-notes.js';
import type { HostRow } from '../parse/hosts/host-row.js';
import type { OutputSink } from '../output/output-sink.js';
import type { Progress } from '../output/progress.js';
import type { FleetRenderer } from '../render/fleet/fleet-renderer.js';

export interface FleetTarget {
  readonly renderer: FleetRenderer;
  readonly sink: OutputSink;
}

export interface FleetRun {
  readonly summary: FleetSummary;
  readonly notes: readonly string[];
}

export async function writeFleet(
  targets: readonly FleetTarget[],
  outcomes: AsyncIterable<HostOutcome> | Iterable<HostOutcome>,
  summaryBuilder: FleetSummaryBuilder,
  progress: Progress,
  sourceName: string | null,
): Promise<FleetSummary> {
  for (const target of targets) await target.sink.write(target.renderer.start());
  for await (const outcome of outcomes) {
    summaryBuilder.add(outcome);
    for (const target of targets) await target.sink.write(target.renderer.host(outcome));
    progress.tick(summaryBuilder.hostCount);
  }
  if (sourceName !== null && summaryBuilder.hostCount === 0) throw new UsageError(`no hosts in ${sourceName}`);
  const summary = summaryBuilder.build();
  for (const target of targets) {
    await target.sink.write(target.renderer.end(summary));
    await target.sink.finish();
  }
  return summary;
}

async function* analysed(rows: AsyncIterable<HostRow>, analyse: (row: HostRow) => HostOutcome): AsyncGenerator<HostOutcome> {
  for await (const row of rows) yield analyse(row);
}

export async function runFleet(
  catalog: Catalog,
  request: FleetRequest,
  rows: AsyncIterable<HostRow>,
  targets: readonly FleetTarget[],
  progress: Progress,
  sourceName: string,
): Promise<FleetRun> {
  const builder = new FleetSummaryBuilder();
  const summary = await writeFleet(targets, analysed(rows, createHostAnalyzer(catalog, request)), builder, progress, sourceName);
  const notes: string[] = [];
  if (builder.duplicateHostCount > 0) notes.push(`${builder.duplicateHostCount} duplicate host ${builder.duplicateHostCount === 1 ? 'name' : 'names'}: ${summary.duplicateHosts.join(', ')}`);
  notes.push(...ignoreNotes(request.policy.ignore, request.asOf, builder.usedIgnoreEntries));
  return { summary, notes };
}
