import type { Catalog } from '../catalog/model.js';
import { FleetSummaryBuilder } from '../gate/fleet-summary.js';
import type { GatePolicy } from '../gate/gate-policy.js';
import { createHostChecker } from '../gate/host-checker.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import { ignoreNotes } from '../gate/ignore-notes.js';
import type { HostRow } from '../parse/hosts/host-row.js';
import { openHostList } from '../input/host-list-source.js';
import { maxLineCharsFrom } from '../input/text-files.js';
import { MAX_LINE_CHARS } from '../parse/text/line-splitter.js';
import { FORMATS } from '../render/formats.js';
import type { RenderOptions } from '../render/render-options.js';
import type { Verdict } from '../shared/verdict.js';
import type { CheckRequest } from './check-request.js';
import { optionsFor, withOutputTargets } from './output-targets.js';
import { readHostRows } from './read-host-rows.js';
import type { RunContext } from './run-context.js';
import type { ProgressStarter } from './start-progress.js';
import { writeStream } from './write-stream.js';

async function* checkedRows(batches: AsyncIterable<readonly HostRow[]>, check: (row: HostRow) => HostOutcome): AsyncGenerator<readonly HostOutcome[]> {
  for await (const rows of batches) yield rows.map(check);
}

/** Checks every host of a host list as its row arrives, and writes each format asked for as it goes. */
export async function checkHosts(
  catalog: Catalog,
  request: CheckRequest,
  policy: GatePolicy,
  options: RenderOptions,
  context: RunContext,
  startProgress: ProgressStarter,
): Promise<Verdict> {
  const source = openHostList(request.hostsPath ?? '-', context.stdin);
  const check = createHostChecker(catalog, { asOf: request.asOf, target: request.target, esu: request.esu, policy });
  const progress = await startProgress((done) => `analysed ${done.toLocaleString('en-US')} ${done === 1 ? 'host' : 'hosts'}`);
  try {
    const builder = new FleetSummaryBuilder();
    const summary = await withOutputTargets(request.format, request.outputs, context, (targets) =>
      writeStream(
        targets.map((target) => ({ renderer: FORMATS[target.format].stream({ ...optionsFor(options, target), source: source.name }), sink: target.sink })),
        checkedRows(readHostRows(source, request.hostsFormat, maxLineCharsFrom(context.env, MAX_LINE_CHARS)), check),
        builder,
        progress,
        source.name,
      ),
    );
    if (builder.duplicateHostCount > 0) {
      context.diagnostics.warning(
        `${builder.duplicateHostCount} duplicate host ${builder.duplicateHostCount === 1 ? 'name' : 'names'}: ${summary.duplicateHosts.join(', ')}`,
      );
    }
    for (const note of ignoreNotes(policy.ignore, request.asOf, builder.usedIgnoreEntries, (id) => catalog.fixKeysFor(id).length > 0))
      context.diagnostics.warning(note);
    return summary.verdict;
  } finally {
    progress.stop();
  }
}
