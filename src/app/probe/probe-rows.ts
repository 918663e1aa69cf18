import type { HostOutcome } from '../../gate/host-outcome.js';
import { mapInOrder } from '../../input/probe/map-in-order.js';
import { needsProbe, type HostRow } from '../../parse/hosts/host-row.js';
import type { HostProber, OutcomeHead } from './probe-hosts.js';

/** Hosts checked already, or a server still to probe. */
type Pending = { readonly ready: readonly HostOutcome[] } | { readonly head: OutcomeHead; readonly url: string };

const rowHead = (row: HostRow): OutcomeHead => ({ label: row.host ?? row.url ?? `(line ${row.lineNumber})`, host: row.host, lineNumber: row.lineNumber });

async function* pendingRows(first: readonly HostRow[], rest: AsyncIterator<readonly HostRow[]>, check: (row: HostRow) => HostOutcome): AsyncGenerator<Pending> {
  for (let batch = first; ;) {
    let ready: HostOutcome[] = [];
    for (const row of batch) {
      if (!needsProbe(row)) {
        ready.push(check(row));
        continue;
      }
      if (ready.length > 0) yield { ready };
      ready = [];
      yield { head: rowHead(row), url: row.url };
    }
    if (ready.length > 0) yield { ready };
    const next = await rest.next();
    if (next.done === true) return;
    batch = next.value;
  }
}

/** Probes with at most `concurrency` servers at once and yields every host once, in input order. */
function inOrder(pending: AsyncIterable<Pending> | Iterable<Pending>, probe: HostProber, concurrency: number): AsyncGenerator<readonly HostOutcome[]> {
  const settle = (item: Pending): Promise<readonly HostOutcome[]> =>
    'ready' in item ? Promise.resolve(item.ready) : probe(item.head, item.url).then((outcome) => [outcome]);
  return mapInOrder(pending, settle, { concurrency, lookahead: concurrency * 16 });
}

/** The rest of a host list from the first batch with a URL row: rows with a build are checked at once, URL rows probed. */
export function checkRowsWithProbes(
  first: readonly HostRow[],
  rest: AsyncIterator<readonly HostRow[]>,
  check: (row: HostRow) => HostOutcome,
  probe: HostProber,
  concurrency: number,
): AsyncGenerator<readonly HostOutcome[]> {
  return inOrder(pendingRows(first, rest, check), probe, concurrency);
}

/** Every --probe target, named by itself. */
export function checkProbeTargets(targets: readonly string[], probe: HostProber, concurrency: number): AsyncGenerator<readonly HostOutcome[]> {
  return inOrder(
    targets.map((target) => ({ head: { label: target, host: target, lineNumber: null }, url: target })),
    probe,
    concurrency,
  );
}
