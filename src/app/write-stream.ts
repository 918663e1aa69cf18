import { FleetSummaryBuilder, type FleetSummary } from '../gate/fleet-summary.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import type { GuardedSink } from '../output/guarded-sink.js';
import type { Progress } from '../output/progress.js';
import type { StreamRenderer } from '../render/stream-renderer.js';
import { UsageError } from '../shared/errors.js';

export interface StreamTarget {
  readonly renderer: StreamRenderer;
  readonly sink: GuardedSink;
}

/**
 * Renders checked hosts to every target as they come (in batches: what one read of the input
 * completed, written out after each batch so that a slow pipe sees every record as soon as its row
 * is complete), counts them, and ends each target with the summary; a host list (`emptyListName`)
 * without a single host is refused before anything ends.
 */
export async function writeStream(
  targets: readonly StreamTarget[],
  batches: AsyncIterable<readonly HostOutcome[]> | Iterable<readonly HostOutcome[]>,
  summaryBuilder: FleetSummaryBuilder,
  progress: Progress,
  emptyListName: string | null = null,
): Promise<FleetSummary> {
  for (const target of targets) await target.sink.write(target.renderer.start());
  for await (const batch of batches) {
    for (const outcome of batch) {
      summaryBuilder.add(outcome);
      for (const target of targets) {
        const writing = target.sink.write(target.renderer.host(outcome));
        if (writing) await writing;
      }
    }
    for (const target of batch.length > 0 ? targets : []) {
      const flushing = target.sink.flush();
      if (flushing) await flushing;
    }
    progress.tick(summaryBuilder.hostCount);
  }
  if (emptyListName !== null && summaryBuilder.hostCount === 0) throw new UsageError(`no hosts in ${emptyListName}`);
  const summary = summaryBuilder.build();
  for (const target of targets) {
    await target.sink.write(target.renderer.end(summary));
    await target.sink.finish();
  }
  return summary;
}
