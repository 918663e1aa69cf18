import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeMany, type ProbedItem } from '../../../src/app/probe/probe-many.js';
import { CLIENT_VERSION, notFound, startServer, withoutProxyVariables, type LocalServer } from '../../support/probe/local-servers.js';

const TARGETS = 200;
const servers: LocalServer[] = [];
const shared = { open: 0, most: 0, inFlight: 0, mostInFlight: 0 };
let restoreProxyVariables: () => void;

/** Server i answers /owa/ with X-OWA-Version 15.2.i.1 after a short, varying delay, so probes finish out of order. */
const answerAs = (index: number) => (request: { url?: string }, response: ServerResponse) => {
  shared.inFlight++;
  shared.mostInFlight = Math.max(shared.mostInFlight, shared.inFlight);
  response.once('close', () => shared.inFlight--);
  if (request.url !== '/owa/') return notFound(request as never, response);
  setTimeout(() => response.writeHead(200, { 'x-owa-version': `15.2.${index}.1` }).end(), (index * 7) % 13);
};

beforeAll(async () => {
  for (let index = 0; index < TARGETS; index++) {
    const server = await startServer(answerAs(index));
    server.server.on('connection', (socket) => {
      shared.open++;
      shared.most = Math.max(shared.most, shared.open);
      let counted = true;
      const gone = (): void => {
        if (counted) shared.open--;
        counted = false;
      };
      socket.once('end', gone).once('close', gone).once('error', gone);
    });
    servers.push(server);
  }
});
afterAll(() => Promise.all(servers.map((server) => server.close())));
beforeEach(() => {
  restoreProxyVariables = withoutProxyVariables();
});
afterEach(() => restoreProxyVariables());

async function collect<T>(results: AsyncIterable<ProbedItem<T>>): Promise<ProbedItem<T>[]> {
  const all: ProbedItem<T>[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('probing many servers', () => {
  it('probes 200 servers four at a time and reports each once, in input order', async () => {
    const progress: number[] = [];
    const targets = [...servers.map((server) => server.origin), 'https://bad target', 'ftp://127.0.0.1'];
    const results = await collect(
      probeMany(targets, { clientVersion: CLIENT_VERSION, requestTimeoutMs: 5000, concurrency: 4, onProgress: (done) => progress.push(done) }),
    );
    expect(results.map((result) => result.item)).toEqual(targets);
    expect(results.slice(0, TARGETS).map((result) => (result.result.ok ? result.result.build : result.result.failure.kind))).toEqual(
      servers.map((_, index) => `15.2.${index}.1`),
    );
    expect(results.slice(TARGETS).map((result) => !result.result.ok && result.result.failure.kind)).toEqual(['invalid-target', 'invalid-target']);
    expect(progress).toEqual(targets.map((_, index) => index + 1));
    expect(shared.most).toBeGreaterThan(1);
    expect(shared.most).toBeLessThanOrEqual(4);
    expect(shared.mostInFlight).toBeLessThanOrEqual(4);
    expect(servers.every((server) => server.requests.length === 3)).toBe(true);
  });

  it('reads its targets from a stream, lazily, and carries each item through', async () => {
    let read = 0;
    async function* rows(): AsyncGenerator<{ line: number; url: string }> {
      for (let index = 0; index < 10; index++) {
        read++;
        yield { line: index + 1, url: servers[index]!.origin };
      }
    }
    const results = probeMany(rows(), { clientVersion: CLIENT_VERSION, concurrency: 2 }, (row) => row.url);
    const first = await results.next();
    expect(first.value).toMatchObject({ item: { line: 1 }, result: { ok: true, build: '15.2.0.1' } });
    expect(read).toBeLessThanOrEqual(2 * 16 + 1);
    const rest = await collect({ [Symbol.asyncIterator]: () => results });
    expect(rest.map((result) => result.item.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
