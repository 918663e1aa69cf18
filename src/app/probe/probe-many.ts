import type { ProbeResult } from '../../parse/probe/probe-result.js';
import { mapInOrder, type Source } from '../../input/probe/map-in-order.js';
import type { ProbeOptions } from '../../input/probe/probe-options.js';
import { probeHost } from './probe-host.js';
import { prepareTlsTrust } from '../../input/http/tls-trust.js';

export interface ProbeManyOptions extends ProbeOptions {
  /** Servers probed at once (default 4); each probe holds at most one connection at a time. */
  readonly concurrency?: number;
  /** Called with the number of finished probes, e.g. to drive a spinner. */
  readonly onProgress?: (done: number) => void;
}

export interface ProbedItem<T> {
  readonly item: T;
  readonly result: ProbeResult;
}

export const DEFAULT_PROBE_CONCURRENCY = 4;

export function probeMany(targets: Source<string>, options: ProbeManyOptions): AsyncGenerator<ProbedItem<string>>;
export function probeMany<T>(items: Source<T>, options: ProbeManyOptions, targetOf: (item: T) => string): AsyncGenerator<ProbedItem<T>>;
/**
 * Probes every target of a list or stream (host-list rows, say, with `targetOf` naming the URL of
 * each) with bounded concurrency and yields one result per item, in input order, failures included.
 * TLS trust is prepared once for the whole run.
 */
export function probeMany<T>(items: Source<T>, options: ProbeManyOptions, targetOf?: (item: T) => string): AsyncGenerator<ProbedItem<T>> {
  const trust = prepareTlsTrust(options, undefined, options.env);
  const concurrency = options.concurrency ?? DEFAULT_PROBE_CONCURRENCY;
  const textOf = targetOf ?? ((item: T) => String(item));
  const probe = async (item: T): Promise<ProbedItem<T>> => ({ item, result: await probeHost(textOf(item), options, trust) });
  return mapInOrder(items, probe, { concurrency, lookahead: concurrency * 16, ...(options.onProgress ? { onSettled: options.onProgress } : {}) });
}
