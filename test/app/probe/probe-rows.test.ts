import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetSchemaErrors } from '../../support/json-schemas.js';
import { fakeExchange, notFound, REFUSED_ORIGIN, startServer, type LocalServer } from '../../support/probe/local-servers.js';
import { runInProcess, type InProcessRun } from '../../support/run-in-process.js';

// Host lists whose rows name servers to probe, run through the command line in this process
// against servers on 127.0.0.1.

const AS_OF = ['--as-of', '2026-11-24'];
const ENV = { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH };

const run = (argv: readonly string[], stdin?: string): Promise<InProcessRun> =>
  runInProcess([...argv, ...AS_OF], stdin === undefined ? { env: ENV } : { env: ENV, stdin });

interface HostRecord {
  readonly type: string;
  readonly host: string | null;
  readonly line: number | null;
  readonly status: string;
  readonly build?: string;
  readonly error?: string;
  readonly exitCode?: number;
  readonly gate?: { exitCode: number };
  readonly input?: { source: string | null; probe?: { target: string } };
  readonly probe?: { target: string; endpoints: unknown[] };
}

const records = (ndjson: string): (HostRecord & Record<string, unknown>)[] =>
  ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as HostRecord & Record<string, unknown>);
const hostsOf = (ndjson: string): HostRecord[] => records(ndjson).filter((record) => record.type === 'host');

let exact: LocalServer;
let cuLevel: LocalServer;
const refused = REFUSED_ORIGIN;

beforeAll(async () => {
  exact = await startServer(fakeExchange({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' }));
  cuLevel = await startServer(fakeExchange({ logonLevel: '15.2.1748' }));
});
afterAll(() => Promise.all([exact.close(), cuLevel.close()]));

const mixedList = (): string => ['EX01 15.2.2562.53', `EX02 ${exact.origin}`, cuLevel.origin, `EX04 ${refused}`, 'EX05 99.1.2.3', ''].join('\n');

describe('a host list mixing servers to probe and builds', () => {
  it('reports every row once, in input order; a server whose build cannot be read is an error host with the reason and exit code 6', async () => {
    const { code, stdout, stderr } = await run(['--hosts', '-', '-f', 'ndjson'], mixedList());
    const all = records(stdout);
    expect(all.flatMap(fleetSchemaErrors)).toEqual([]);
    const hosts = hostsOf(stdout);
    expect(hosts.map((host) => [host.line, host.host, host.status])).toEqual([
      [1, 'EX01', 'current'],
      [2, 'EX02', 'unsupported'],
      [3, null, 'unsupported'],
      [4, 'EX04', 'error'],
      [5, 'EX05', 'unknown'],
    ]);
    expect(hosts[1]).toMatchObject({
      build: '15.2.1544.14',
      confidence: 'exact',
      input: { source: expect.stringMatching(/^probed /), probe: { target: exact.origin } },
    });
    expect(hosts[2]).toMatchObject({ build: '15.2.1748.10', confidence: 'cu-level', input: { probe: { target: cuLevel.origin, proves: 'cu-level' } } });
    expect(hosts[3]).toEqual({
      type: 'host',
      host: 'EX04',
      line: 4,
      status: 'error',
      error: `probed ${refused}: the connection was refused (ECONNREFUSED)`,
      exitCode: 6,
      probe: expect.objectContaining({ target: refused, build: null, proves: null }),
    });
    expect(all.at(-1)).toMatchObject({ type: 'summary', hosts: 5, byStatus: { current: 1, unsupported: 2, unknown: 1, error: 1 }, exitCode: 6 });
    expect(code).toBe(6);
    expect(stderr).not.toContain('ECONNREFUSED');
  });

  it('analyses a probed row as it analyses the same build given in the list', async () => {
    const probed = hostsOf((await run(['--hosts', '-', '-f', 'ndjson'], `EX02 ${exact.origin}\n`)).stdout)[0]!;
    const given = hostsOf((await run(['--hosts', '-', '-f', 'ndjson'], 'EX02 15.2.1544.14\n')).stdout)[0]!;
    expect({ ...probed, input: null }).toEqual({ ...given, input: null });
  });

  it.each([
    ['an unreadable row beats an unreachable server: 2', ['EX06 https://ex06.contoso.local/owa'], 2],
    ['an unreachable server beats an unplaced build and a failed gate: 6', [], 6],
    ['an unplaced build beats a failed gate: 4', null, 4],
  ])('gives the exit code by precedence: %s', async (_, extra, expected) => {
    const list = extra === null ? `EX02 ${exact.origin}\nEX05 99.1.2.3\n` : `${mixedList()}${extra.join('\n')}\n`;
    expect((await run(['--hosts', '-', '-f', 'tsv'], list)).code).toBe(expected);
  });

  it('writes the reason in the text, TSV and JSON outputs', async () => {
    const reason = `probed ${refused}: the connection was refused (ECONNREFUSED)`;
    expect((await run(['--hosts', '-'], mixedList())).stdout).toContain(
      `EX04                      -                                   error        ${reason}\n`,
    );
    expect((await run(['--hosts', '-', '-f', 'tsv', '--no-header'], mixedList())).stdout.split('\n')[3]).toBe(
      `EX04\t4\terror\t\t\t\t0\t0\t0\t0\t0\t0\t0\t6\t${reason}\t\t0\t\t0`,
    );
    const fleet = JSON.parse((await run(['--hosts', '-', '-f', 'json'], mixedList())).stdout) as { hosts: HostRecord[]; summary: { exitCode: number } };
    expect(fleetSchemaErrors(fleet)).toEqual([]);
    expect(fleet.hosts[3]).toMatchObject({ status: 'error', error: reason, exitCode: 6 });
    expect(fleet.summary.exitCode).toBe(6);
  });

  it('reads the servers of a CSV URL column beside a build column', async () => {
    const csv = `Name,Url,FileVersion\nEX01,${exact.origin},\nEX02,,15.2.2562.53\nEX03,${refused},15.2.2562.53\n`;
    const hosts = hostsOf((await run(['--hosts', '-', '-f', 'ndjson'], csv)).stdout);
    expect(hosts.map((host) => [host.host, host.build, host.input?.probe?.target ?? null])).toEqual([
      ['EX01', '15.2.1544.14', exact.origin],
      ['EX02', '15.2.2562.53', null],
      ['EX03', '15.2.2562.53', null],
    ]);
  });
});

describe('several servers with --probe', () => {
  it('checks each as a host of its own, named by itself, with the host-list outputs', async () => {
    const { code, stdout } = await run(['--probe', `${exact.origin},${refused}`, '--probe', cuLevel.origin, '-f', 'ndjson']);
    const all = records(stdout);
    expect(all.flatMap(fleetSchemaErrors)).toEqual([]);
    expect(all[0]).toMatchObject({ type: 'run', source: null });
    expect(hostsOf(stdout).map((host) => [host.host, host.line, host.status])).toEqual([
      [exact.origin, null, 'unsupported'],
      [refused, null, 'error'],
      [cuLevel.origin, null, 'unsupported'],
    ]);
    expect(code).toBe(6);
  });
});

describe('a host list of 200 servers', () => {
  const TARGETS = 200;
  const servers: LocalServer[] = [];
  const seen = { open: 0, most: 0 };

  /** Server i says X-OWA-Version 15.2.i.1 on /owa/; everything else is 404. */
  const answerAs = (index: number) => (request: { url?: string }, response: ServerResponse) => {
    if (request.url !== '/owa/') return notFound(request as never, response);
    response.writeHead(200, { 'x-owa-version': `15.2.${index}.1` }).end();
  };

  beforeAll(async () => {
    for (let index = 0; index < TARGETS; index++) {
      const server = await startServer(answerAs(index));
      server.server.on('connection', (socket) => {
        seen.open++;
        seen.most = Math.max(seen.most, seen.open);
        let counted = true;
        const gone = (): void => {
          if (counted) seen.open--;
          counted = false;
        };
        socket.once('end', gone).once('close', gone).once('error', gone);
      });
      servers.push(server);
    }
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it('probes them four at a time and reports every row once, in input order', async () => {
    const list = servers.map((server, index) => `EX${index} ${server.origin}\n`).join('');
    const { code, stdout, stderr } = await run(
      ['--hosts', '-', '--probe-concurrency', '4', '-f', 'ndjson', '--fail-on', 'none', '--no-fail-on-unknown', '--no-fail-on-unsupported'],
      list,
    );
    const hosts = hostsOf(stdout);
    expect(hosts.map((host) => [host.line, host.host])).toEqual(servers.map((_, index) => [index + 1, `EX${index}`]));
    expect(hosts.map((host) => host.input?.probe?.target)).toEqual(servers.map((server) => server.origin));
    expect(hosts.map((host) => host.input?.source)).toEqual(
      servers.map((server, index) => `probed ${server.origin}: build 15.2.${index}.1 from the X-OWA-Version header`),
    );
    expect(seen.most).toBeGreaterThanOrEqual(1);
    expect(seen.most).toBeLessThanOrEqual(4);
    expect(servers.map((server) => server.requests.length)).toEqual(servers.map(() => 3));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
