import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startProxy, type LocalProxy } from '../../support/probe/local-proxy.js';
import { runInProcess, type InProcessRun } from '../../support/run-in-process.js';

const catalogText = (published: string): string => `schemaVersion: 1
published: ${published}
products:
  - id: remote-demo
    name: Remote Demo Server
    builds: { from: 3.0.0.0, below: 4.0.0.0 }
    lines:
      - name: RTM
        releases:
          - { name: Remote Demo RTM, build: 3.0.100.0, date: 2026-01-05, kind: rtm }
          - { name: Remote Demo RTM U1, build: 3.0.110.0, date: 2026-03-10, kind: su, kb: KB3001, fixes: [RD-1] }
fixes:
  - { id: RD-1, kind: security, severity: high, summary: Remote code execution in the demo server }
`;

const GOOD = catalogText('2026-11-01');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

let server: Server;
let base: string;
let cache: string;
const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
let changingVersion = 0;
let flaky: 'good' | 'slow' | 'truncated' | 'invalid' = 'good';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, ifNoneMatch: request.headers['if-none-match'] });
    switch (path) {
      case '/good.yaml':
        if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end();
        return response.writeHead(200, { etag: '"v1"', 'content-type': 'application/yaml' }).end(GOOD);
      case '/changing.yaml':
        changingVersion += 1;
        return response.writeHead(200, { etag: `"c${changingVersion}"` }).end(catalogText(`2026-11-${String(changingVersion).padStart(2, '0')}`));
      case '/flaky.yaml':
        switch (flaky) {
          case 'good':
            return response.writeHead(200).end(GOOD);
          case 'slow':
            return void setTimeout(() => response.writeHead(200).end(GOOD), 2500);
          case 'truncated':
            response.writeHead(200, { 'content-length': String(GOOD.length + 500) });
            response.write(GOOD.slice(0, 120));
            return void setTimeout(() => response.destroy(), 50);
          case 'invalid':
            return response.writeHead(200).end('schemaVersion: 1\npublished: not a date\nproducts: [\n');
        }
        return;
      case '/oversized.yaml':
        response.writeHead(200);
        for (let chunk = 0; chunk < 17; chunk++) response.write(`# ${'x'.repeat(1024 * 1024)}\n`);
        return response.end(GOOD);
      case '/to-ftp.yaml':
        return response.writeHead(302, { location: 'ftp://127.0.0.1/catalog.yaml' }).end();
      case '/gzipped.yaml':
        return response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(GOOD));
      case '/to-good.yaml':
        return response.writeHead(301, { location: '/good.yaml' }).end();
      default:
        return response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'rollup-check-cache-'));
  requests.length = 0;
  flaky = 'good';
});

const checkIn = (env: NodeJS.ProcessEnv, path: string, ...extra: string[]): Promise<InProcessRun> =>
  runInProcess(['3.0.100.0', '--catalog', `${base}${path}`, '--as-of', '2026-11-24', '-f', 'json', ...extra], {
    env: { XDG_CACHE_HOME: cache, SOURCE_DATE_EPOCH: '1795478400', ...env },
  });
const check = (path: string, ...extra: string[]): Promise<InProcessRun> => checkIn({}, path, ...extra);

const cachedCatalogs = (): string[] => readdirSync(join(cache, 'rollup-check')).filter((name) => name.endsWith('.yaml'));

describe('remote catalogs', () => {
  it('fetches a catalog, caches it, and does not download it again while it is unchanged', async () => {
    const first = await check('/good.yaml');
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toMatchObject({ installed: { name: 'Remote Demo RTM' }, recommended: { name: 'Remote Demo RTM U1' } });
    expect(cachedCatalogs()).toHaveLength(1);
    const second = await check('/good.yaml');
    expect(second.code).toBe(1);
    expect(requests.map((request) => request.ifNoneMatch)).toEqual([undefined, '"v1"']);
    expect(second.stderr).toBe('');
  });

  it('names the remote catalog with its published date and digest in the output', async () => {
    const { stdout } = await check('/good.yaml');
    expect((JSON.parse(stdout) as { catalogs: unknown[] }).catalogs).toContainEqual({
      file: `${base}/good.yaml`,
      published: '2026-11-01',
      factsComplete: null,
      digest: `sha256:${sha256(GOOD)}`,
    });
  });

  it('uses only the cache with --offline', async () => {
    await check('/good.yaml');
    requests.length = 0;
    expect((await check('/good.yaml', '--offline')).code).toBe(1);
    expect(requests).toEqual([]);
  });

  it('refuses --offline without a cached copy', async () => {
    const { code, stderr } = await check('/good.yaml', '--offline');
    expect(code).toBe(3);
    expect(stderr).toBe(`rollup-check: ${base}/good.yaml:1:1: no cached copy; no usable cached copy\n`);
  });

  it('gives up on a slow server after the timeout and goes on with the cache, naming its age', async () => {
    await check('/flaky.yaml');
    flaky = 'slow';
    const { code, stderr } = await check('/flaky.yaml', '--catalog-timeout', '1');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `rollup-check: warning: ${base}/flaky.yaml: cannot fetch it: no answer within 1 s; using the cached copy fetched 2026-11-24 (0 days ago)\n`,
    );
  });

  it('fails without a usable cache when the server does not answer in time', async () => {
    flaky = 'slow';
    const { code, stderr } = await check('/flaky.yaml', '--catalog-timeout', '1');
    expect(code).toBe(3);
    expect(stderr).toContain('cannot fetch it: no answer within 1 s; no usable cached copy');
  });

  it.each([
    ['cut off', 'truncated' as const, /cannot fetch it: (it was cut off after \d+ of \d+ bytes|the download failed)/],
    [
      'not a valid catalog',
      'invalid' as const,
      /the download is not a valid catalog \(4:1: Flow sequence in block collection must be sufficiently indented and end with a \]\); using the cached copy fetched 2026-11-24/,
    ],
  ])('keeps the cached copy when a download is %s, and says so', async (_, mode, warning) => {
    await check('/flaky.yaml');
    const cached = readFileSync(join(cache, 'rollup-check', cachedCatalogs()[0]!), 'utf8');
    flaky = mode;
    const { code, stderr } = await check('/flaky.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(warning);
    expect(readFileSync(join(cache, 'rollup-check', cachedCatalogs()[0]!), 'utf8')).toBe(cached);
  });

  it('refuses a catalog larger than the limit', async () => {
    const { code, stderr } = await check('/oversized.yaml');
    expect(code).toBe(3);
    expect(stderr).toContain('cannot fetch it: it is larger than the 16777216 byte limit');
  });

  it('downloads a changed catalog again and updates the cache', async () => {
    const published = async (): Promise<string> =>
      (JSON.parse((await check('/changing.yaml')).stdout) as { catalogs: { published: string }[] }).catalogs.at(-1)!.published;
    const first = await published();
    const second = await published();
    expect(second > first).toBe(true);
    expect(readFileSync(join(cache, 'rollup-check', cachedCatalogs()[0]!), 'utf8')).toContain(`published: ${second}`);
  });

  it('pins the content with --catalog-sha256', async () => {
    expect((await check('/good.yaml', '--catalog-sha256', sha256(GOOD))).code).toBe(1);
    const wrong = await check('/changing.yaml', '--catalog-sha256', sha256(GOOD));
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('does not match --catalog-sha256');
  });

  it('follows http redirects but refuses a redirect to another scheme', async () => {
    expect((await check('/to-good.yaml')).code).toBe(1);
    const { code, stderr } = await check('/to-ftp.yaml');
    expect(code).toBe(3);
    expect(stderr).toContain('it redirects to ftp://127.0.0.1/catalog.yaml, which is not an http(s) URL');
  });

  it('fetches only http(s) URLs', async () => {
    const { code, stderr } = await runInProcess(['3.0.100.0', '--catalog', 'ftp://127.0.0.1/catalog.yaml'], { env: { XDG_CACHE_HOME: cache } });
    expect(code).toBe(3);
    expect(stderr).toContain('only http(s) catalogs can be fetched, not ftp:');
  });

  it('reads a compressed download', async () => {
    const { code, stdout } = await check('/gzipped.yaml');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ recommended: { name: 'Remote Demo RTM U1' } });
  });

  describe('through a proxy', () => {
    let proxy: LocalProxy;
    beforeAll(async () => {
      proxy = await startProxy();
    });
    afterAll(() => proxy.close());
    beforeEach(() => {
      proxy.log.length = 0;
    });

    it('fetches through the proxy HTTP_PROXY names, as a probe does', async () => {
      const { code } = await checkIn({ HTTP_PROXY: proxy.url }, '/good.yaml');
      expect(code).toBe(1);
      expect(proxy.log.map((entry) => `${entry.method} ${entry.target}`)).toEqual([`GET ${base}/good.yaml`]);
      expect(requests.map((request) => request.path)).toEqual(['/good.yaml']);
    });

    it('goes direct to a host NO_PROXY names', async () => {
      expect((await checkIn({ HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }, '/good.yaml')).code).toBe(1);
      expect(proxy.log).toEqual([]);
      expect(requests.map((request) => request.path)).toEqual(['/good.yaml']);
    });

    it('says so when the proxy refuses, and goes on with the cache', async () => {
      await check('/good.yaml');
      const refusing = await startProxy({ refuse: true });
      try {
        const { code, stderr } = await checkIn({ HTTP_PROXY: refusing.url }, '/good.yaml');
        expect(code).toBe(1);
        expect(stderr).toBe(
          `rollup-check: warning: ${base}/good.yaml: cannot fetch it: the request failed (Proxy Authentication Required (407)); using the cached copy fetched 2026-11-24 (0 days ago)\n`,
        );
      } finally {
        await refusing.close();
      }
    });
  });
});
