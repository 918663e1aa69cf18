export type Source<T> = Iterable<T> | AsyncIterable<T>;

export interface MapInOrderOptions {
  /** At most this many `map` calls run at once. */
  readonly concurrency: number;
  /** At most this many results wait (running or finished) for an earlier one to be yielded. */
  readonly lookahead: number;
  /** Called each time a `map` call finishes, with how many have finished. */
  readonly onSettled?: (done: number) => void;
}

type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

const iteratorOf = <T>(source: Source<T>): AsyncIterator<T> | Iterator<T> =>
  Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();

/**
 * Maps a (possibly endless, possibly slow) source with bounded concurrency and yields the results in
 * source order, each exactly once. The source is read only as fast as results are consumed (plus the
 * lookahead). A `map` that rejects rethrows at its turn; an error of the source stops the run.
 */
export async function* mapInOrder<T, R>(source: Source<T>, map: (item: T) => Promise<R>, options: MapInOrderOptions): AsyncGenerator<R> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const lookahead = Math.max(concurrency, Math.floor(options.lookahead));
  const iterator = iteratorOf(source);
  const waiting: Promise<Settled<R>>[] = [];
  let running = 0;
  let done = 0;
  let exhausted = false;
  let wake: () => void = () => undefined;
  const fill = async (): Promise<void> => {
    while (!exhausted && running < concurrency && waiting.length < lookahead) {
      const next = await iterator.next();
      if (next.done === true) {
        exhausted = true;
        return;
      }
      running++;
      const settle = (settled: Settled<R>): Settled<R> => {
        running--;
        done++;
        options.onSettled?.(done);
        wake();
        return settled;
      };
      waiting.push(
        map(next.value).then(
          (value) => settle({ ok: true, value }),
          (error: unknown) => settle({ ok: false, error }),
        ),
      );
    }
  };
  try {
    await fill();
    while (waiting.length > 0) {
      const head = waiting[0]!;
      let headSettled = false;
      void head.then(() => (headSettled = true));
      while (!headSettled) {
        await Promise.race([head, new Promise<void>((resolve) => (wake = resolve))]);
        await fill();
      }
      waiting.shift();
      const settled = await head;
      if (!settled.ok) throw settled.error;
      yield settled.value;
      await fill();
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
