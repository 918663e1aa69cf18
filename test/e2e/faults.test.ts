import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const CATALOG = readFileSync(fileURLToPath(new URL('../../catalog/exchange.yaml', import.meta.url)));
const OLD = '15.2.1544.4';
const AS_OF = ['--as-of', '2026-11-24'];
const root = mkdtempSync(join(tmpdir(), 'rollup-check-faults-'));

const env = (extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv => {
  const result: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(root, 'cache'), NO_COLOR: '1', ...extra };
  delete result.NODE_EXTRA_CA_CERTS;
  return result;
};
interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary without blocking this process (the test's own server must keep answering). */
function run(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; stdout?: number; stderr?: number } = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? root,
    env: env(options.env),
    stdio: ['ignore', options.stdout ?? 'pipe', options.stderr ?? 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

let server: Server;
let turned = 0;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/good.yaml':
        return response.writeHead(200).end(CATALOG);
      case '/304.yaml':
        return response.writeHead(304).end();
      case '/redirect.yaml':
        return response.writeHead(302, { location: 'http://[::1' }).end();
      case '/gzip.yaml':
        return response.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('this is not gzip'.repeat(1000)));
      case '/turning-deep.yaml':
        turned += 1;
        return response.writeHead(200).end(turned === 1 ? CATALOG : `schemaVersion: 1\nproducts: ${'['.repeat(100_000)}\n`);
      case '/deep.yaml':
        return response.writeHead(200).end(`schemaVersion: 1\nproducts: ${'['.repeat(100_000)}\n`);
      default:
        return response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('remote catalogs: faults end in one line and exit code 3, or fall back to the cache', () => {
  it.each([
    ['a 304 without a cached copy', '/304.yaml', /the server answered 304 Not Modified, but there is no cached copy; no usable cached copy$/],
    ['a redirect to a malformed URL', '/redirect.yaml', /it redirects to http:\/\/\[::1, which is not a valid URL; no usable cached copy$/],
    ['a corrupt gzip body', '/gzip.yaml', /cannot fetch it: the download failed .*; no usable cached copy$/],
    [
      'a download nested too deeply',
      '/deep.yaml',
      /the download is not a valid catalog \(2:\d+: the YAML nests deeper than 64 levels\); no usable cached copy$/,
    ],
  ])('%s', async (_, path, message) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { status, stderr } = await run([OLD, '--catalog', `${base}${path}`, '--quiet'], {
        env: { XDG_CACHE_HOME: mkdtempSync(join(root, 'empty-cache-')) },
      });
      expect(status, stderr).toBe(3);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(message);
    }
  });

  it('keeps the good cached copy when a later download nests too deeply', async () => {
    const cache = mkdtempSync(join(root, 'cache-'));
    const first = await run([OLD, '--catalog', `${base}/turning-deep.yaml`, ...AS_OF], { env: { XDG_CACHE_HOME: cache } });
    expect(first.status, first.stderr).toBe(1);
    expect(readdirSync(join(cache, 'rollup-check'))).toHaveLength(2);
    const { status, stderr } = await run([OLD, '--catalog', `${base}/turning-deep.yaml`, ...AS_OF], { env: { XDG_CACHE_HOME: cache } });
    expect(status, stderr).toBe(1);
    expect(stderr.split('\n')[0]).toMatch(
      /^rollup-check: warning: http:\/\/127\.0\.0\.1:\d+\/turning-deep\.yaml: the download is not a valid catalog \(2:\d+: the YAML nests deeper than 64 levels\); using the cached copy fetched \d{4}-\d\d-\d\d \(\d+ days? ago\)$/,
    );
  });

  it.each([
    [
      'not a directory',
      (dir: string) => writeFileSync(join(dir, 'file'), '') ?? join(dir, 'file'),
      /cannot use the cache directory .* \(not a directory\); fetching .* without a cache/,
    ],
    ['/proc/self', () => '/proc/self', /cannot use the cache directory \/proc\/self\/rollup-check \(no such directory\); fetching .* without a cache/],
  ])('falls back to no cache when XDG_CACHE_HOME is %s', async (_, make, warning) => {
    const cacheHome = make(mkdtempSync(join(root, 'xdg-')));
    const { status, stderr } = await run([OLD, '--catalog', `${base}/good.yaml`, ...AS_OF], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(status, stderr).toBe(1);
    expect(stderr).not.toMatch(/internal error/);
    expect(stderr.split('\n')[0]!.replace(/^rollup-check: warning: /, '')).toMatch(warning);
  });

  it('falls back to no cache when XDG_CACHE_HOME is on a read-only file system', async (context) => {
    const mount = mkdtempSync(join(root, 'ro-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', mount]).status !== 0) return context.skip();
    try {
      const { status, stderr } = await run([OLD, '--catalog', `${base}/good.yaml`, ...AS_OF], { env: { XDG_CACHE_HOME: mount } });
      expect(status, stderr).toBe(1);
      expect(stderr.split('\n')[0]).toMatch(
        /^rollup-check: warning: cannot use the cache directory .*rollup-check \(read-only file system\); fetching .* without a cache$/,
      );
    } finally {
      spawnSync('umount', [mount]);
    }
  });
});

describe('closed and full standard streams', () => {
  it('reports a full stdout in one line with exit code 2', async () => {
    const full = openSync('/dev/full', 'w');
    const { status, stderr } = await run([OLD, ...AS_OF], { stdout: full });
    closeSync(full);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n').at(-1)).toBe('rollup-check: cannot write standard output: no space left on the device');
  });

  it('ends quietly with the run’s own exit code when stderr is full', async () => {
    const full = openSync('/dev/full', 'w');
    const { status, stdout } = await run([OLD, ...AS_OF, '-f', 'json'], { stderr: full });
    closeSync(full);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ build: OLD });
  });

  it('ends quietly when the reader of stdout goes away', () => {
    const hosts = join(root, 'many.txt');
    writeFileSync(hosts, Array.from({ length: 50_000 }, (_, n) => `EX${n} ${OLD}`).join('\n'));
    const { status, stderr } = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" --hosts "${hosts}" -f ndjson --quiet | head -c 100 > /dev/null; exit \${PIPESTATUS:-0}`],
      { env: env(), encoding: 'utf8' },
    );
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('report files on devices, pipes and links', () => {
  it('writes /dev/null directly and leaves it a character device', async () => {
    expect((await run([OLD, ...AS_OF, '-o', 'json=/dev/null'])).status).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes /dev/stdout into standard output, never replacing the link', async () => {
    const { status, stdout } = await run([OLD, ...AS_OF, '-f', 'tsv', '-o', 'json=/dev/stdout']);
    expect(status).toBe(1);
    expect(stdout).toContain('"schemaVersion": 2');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it.each(['-', '/dev/stdout'])('refuses %s as a report file of a host list, where it would interleave with --format', async (path) => {
    const hosts = join(root, 'interleave.txt');
    writeFileSync(hosts, `EX1 ${OLD}\nEX2 ${OLD}\n`);
    const { status, stdout, stderr } = await run(['--hosts', hosts, ...AS_OF, '-f', 'tsv', '-o', `ndjson=${path}`]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rollup-check: -o ndjson=${path} would interleave with --format tsv on standard output for a host list; give ndjson as --format instead\n`,
    );
  });

  it('writes to a FIFO that a reader holds open, leaving the FIFO in place', async () => {
    const fifo = join(root, 'report.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const finished = new Promise((resolve) => reader.on('close', resolve));
    const child = spawn(process.execPath, [BIN, OLD, ...AS_OF, '-o', `json=${fifo}`], { env: env(), stdio: 'ignore' });
    const code = await new Promise((resolve) => child.on('close', resolve));
    await finished;
    expect(code).toBe(1);
    expect(JSON.parse(received)).toMatchObject({ schemaVersion: 2 });
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a symbolic link to its target, even a dangling one', async () => {
    const dir = mkdtempSync(join(root, 'links-'));
    symlinkSync('target.json', join(dir, 'link.json'));
    expect((await run([OLD, ...AS_OF, '-o', 'json=link.json'], { cwd: dir })).status).toBe(1);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
  });

  it('reports a full file system once, with its cause, and leaves no temporary file', async (context) => {
    const mount = mkdtempSync(join(root, 'tiny-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mount]).status !== 0) return context.skip();
    try {
      const hosts = join(root, 'full-hosts.txt');
      writeFileSync(hosts, Array.from({ length: 2000 }, (_, n) => `EX${n} ${OLD}`).join('\n'));
      const { status, stderr } = await run(['--hosts', hosts, ...AS_OF, '--quiet', '-o', `json=${join(mount, 'report.json')}`]);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toEqual([`rollup-check: cannot write ${join(mount, 'report.json')}: no space left on the device`]);
      expect(readdirSync(mount)).toEqual([]);
    } finally {
      spawnSync('umount', [mount]);
    }
  });
});

describe('signals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s mid-run leaves no temporary report file and no record cut mid-line on stdout', async (signal) => {
    const dir = mkdtempSync(join(root, 'signal-'));
    const child = spawn(process.execPath, [BIN, '--hosts', '-', '-f', 'ndjson', '--quiet', ...AS_OF, '-o', `json=${join(dir, 'report.json')}`], {
      env: env(),
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const firstRecords = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdin.write(Array.from({ length: 5000 }, (_, n) => `EX${n} ${OLD}\n`).join(''));
    await firstRecords;
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    child.kill(signal);
    const [, received] = (await new Promise((resolve) => child.on('close', (...args) => resolve(args)))) as [number | null, NodeJS.Signals | null];
    expect(received).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
    expect(stdout.endsWith('\n')).toBe(true);
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('live streaming', () => {
  it('writes each ndjson host record as soon as its row arrives on a slow pipe', async () => {
    const child = spawn(process.execPath, [BIN, '--hosts', '-', '-f', 'ndjson', '--quiet', ...AS_OF], { env: env(), stdio: ['pipe', 'pipe', 'ignore'] });
    const records: string[] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      records.push(...lines);
    });
    const nextRecord = (count: number): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => (records.filter((line) => line.includes('"type":"host"')).length >= count ? resolve() : void setTimeout(check, 20));
        check();
      });
    for (let host = 1; host <= 3; host++) {
      child.stdin.write(`EX${host} ${OLD}\n`.repeat(host === 1 ? 3 : 1).replace(/EX1 /g, (_, offset: number) => `EX1-${offset} `));
      await nextRecord(host === 1 ? 1 : host + 2);
    }
    expect(existsSync(BIN)).toBe(true);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    expect(records.filter((line) => line.includes('"type":"host"'))).toHaveLength(5);
    expect(records.at(-1)).toContain('"type":"summary"');
  });
});
