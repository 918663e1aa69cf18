import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../../src/input/probe/map-in-order.js';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const all: R[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('mapping in order with bounded concurrency', () => {
  it('keeps the source order whatever order the calls finish in, and never runs more than allowed', async () => {
    let running = 0;
    let most = 0;
    const map = async (item: number): Promise<number> => {
      running++;
      most = Math.max(most, running);
      await delay((item * 5) % 7);
      running--;
      return item * 10;
    };
    const results = await collect(
      mapInOrder(
        Array.from({ length: 50 }, (_, index) => index),
        map,
        { concurrency: 3, lookahead: 6 },
      ),
    );
    expect(results).toEqual(Array.from({ length: 50 }, (_, index) => index * 10));
    expect(most).toBe(3);
  });

  it('keeps running calls while a slow first one holds back the output, up to the lookahead', async () => {
    let started = 0;
    const map = async (item: number): Promise<number> => {
      started++;
      await delay(item === 0 ? 60 : 1);
      return item;
    };
    const results = mapInOrder(
      Array.from({ length: 40 }, (_, index) => index),
      map,
      { concurrency: 2, lookahead: 8 },
    );
    const first = await results.next();
    expect(first.value).toBe(0);
    expect(started).toBeGreaterThan(2);
    expect(started).toBeLessThanOrEqual(9);
    expect(await collect({ [Symbol.asyncIterator]: () => results })).toHaveLength(39);
  });

  it('rethrows a failed call at its turn, after the earlier results', async () => {
    const seen: number[] = [];
    const map = async (item: number): Promise<number> => {
      if (item === 2) throw new Error('boom');
      return item;
    };
    await expect(
      (async () => {
        for await (const result of mapInOrder([0, 1, 2, 3], map, { concurrency: 2, lookahead: 4 })) seen.push(result);
      })(),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([0, 1]);
  });

  it('reports the number of finished calls', async () => {
    const done: number[] = [];
    await collect(mapInOrder([1, 2, 3], async (item) => item, { concurrency: 2, lookahead: 2, onSettled: (count) => done.push(count) }));
    expect(done).toEqual([1, 2, 3]);
  });

  it('handles an empty source', async () => {
    expect(await collect(mapInOrder([], async (item: number) => item, { concurrency: 4, lookahead: 4 }))).toEqual([]);
  });
});
