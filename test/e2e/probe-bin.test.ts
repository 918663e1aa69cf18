import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/helpers.js';
import { startProxy, type LocalProxy } from '../support/probe/local-proxy.js';
import { ENDPOINT_PATHS, fakeExchange, REFUSED_ORIGIN, startServer, tlsFixture, type LocalServer } from '../support/probe/local-servers.js';

// The built binary probing servers on 127.0.0.1. It runs as a child process without blocking this
// one, so the servers here can answer it.

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const AS_OF = ['--as-of', '2026-11-24'];
const CA_FILE = fixturePath('probe/tls/ca.pem');
const TLS = { cert: tlsFixture('localhost.pem'), key: tlsFixture('server-key.pem') };

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of this process without proxy variables and extra CA certificates, plus `env`. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(https?_proxy|no_proxy|node_extra_ca_certs|no_color|force_color)$/i.test(name)),
  );
  return { ...inherited, CI: 'true', ...env };
}

const rollupCheck = (args: readonly string[], env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = []): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [...nodeArgs, BIN, ...args, ...AS_OF], { env: cleanEnv(env), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });

const owaAnswers =
  (version: string) =>
  (_: IncomingMessage, response: ServerResponse): void =>
    void response.writeHead(200, { 'x-owa-version': version }).end();

let plain: LocalServer;
let secure: LocalServer;
let proxy: LocalProxy;
const refused = REFUSED_ORIGIN;

beforeAll(async () => {
  const exchange = fakeExchange({ manifestVersion: '15.2.1544.14', logonLevel: '15.2.1544', routes: { '/owa/': owaAnswers('15.2.1544.14') } });
  [plain, secure, proxy] = await Promise.all([startServer(exchange), startServer(exchange, TLS), startProxy()]);
});
afterAll(() => Promise.all([plain.close(), secure.close(), proxy.close()]));

describe('the built binary reading the build from a server', () => {
  it.each(['nagios', 'markdown', 'html', 'prometheus'])(
    'reports every server given with --probe in %s, the unreachable one too, and says --insecure',
    async (format) => {
      const { status, stdout } = await rollupCheck(['--probe', `${plain.origin},${refused}`, '-f', format, '--insecure']);
      expect(status).toBe(format === 'nagios' ? 2 : 6);
      expect(stdout).toContain(new URL(plain.origin).host);
      expect(stdout).toContain(new URL(refused).host);
      expect(stdout).toContain(format === 'prometheus' ? 'rollup_check_tls_verified 0' : 'TLS certificates of the servers probed were NOT verified');
    },
  );

  it('exits as for the build itself and names every endpoint', async () => {
    const probed = await rollupCheck([plain.origin]);
    const pasted = await rollupCheck(['15.2.1544.14']);
    expect(probed.status).toBe(pasted.status);
    expect(probed.status).toBe(1);
    expect(probed.stdout).toMatch(/^Exchange 2019 CU14 Nov24SUv2 {2}build 15\.2\.1544\.14/);
    for (const path of ENDPOINT_PATHS) expect(probed.stdout).toContain(`    ${path}: HTTP 200; `);
    expect(probed.stderr).toBe(pasted.stderr);
  });

  it('gives exit code 6 and one line on stderr when the server cannot be reached', async () => {
    const { status, stdout, stderr } = await rollupCheck(['--probe', refused, '-f', 'json']);
    expect(status).toBe(6);
    expect(stdout).toBe('');
    expect(stderr).toBe(`rollup-check: probed ${refused}: the connection was refused (ECONNREFUSED)\n`);
  });

  it('verifies TLS against the roots NODE_EXTRA_CA_CERTS adds, and refuses a certificate no trusted CA issued', async () => {
    const untrusted = await rollupCheck([secure.origin]);
    expect(untrusted.status).toBe(6);
    expect(untrusted.stderr).toMatch(/: TLS: the certificate is not issued by a trusted authority/);
    const trusted = await rollupCheck([secure.origin, '-f', 'json'], { NODE_EXTRA_CA_CERTS: CA_FILE });
    expect(trusted.status).toBe(1);
    expect(JSON.parse(trusted.stdout)).toMatchObject({ input: { probe: { tls: { verified: true, roots: expect.arrayContaining(['node-extra-ca-certs']) } } } });
  });

  it('says once on stderr and in the output that --insecure leaves certificates unverified', async () => {
    const { status, stdout, stderr } = await rollupCheck([secure.origin, '--insecure']);
    expect(status).toBe(1);
    expect(stdout).toContain('; TLS certificate NOT verified (--insecure)\n');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('TLS certificates of the servers probed were NOT verified (--insecure)');
    expect(stderr.match(/NOT verified/g)).toHaveLength(1);
  });

  it('tunnels through the proxy HTTPS_PROXY names, and the server sees only the three GETs', async () => {
    proxy.log.length = 0;
    secure.requests.length = 0;
    const { status } = await rollupCheck([secure.origin], { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: CA_FILE });
    expect(status).toBe(1);
    expect(proxy.log.map((entry) => `${entry.method} ${entry.target}`)).toEqual([`CONNECT 127.0.0.1:${secure.port}`]);
    expect(secure.requests.map((request) => `${request.method} ${request.url}`)).toEqual(ENDPOINT_PATHS.map((path) => `GET ${path}`));
    for (const { headers } of secure.requests) {
      expect(headers['user-agent']).toMatch(/^rollup-check\/\d+\.\d+\.\d+\S* \(\+build probe\)$/);
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
  });
});

describe('the built binary on a host list with servers to probe', () => {
  it('reports every row once, in order, the unreachable one with its reason, and exits by precedence', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'rollup-check-hosts-')), 'hosts.txt');
    writeFileSync(list, `EX01 15.2.2562.53\nEX02 ${plain.origin}\nEX03 ${refused}\nEX04 99.1.2.3\n`);
    const { status, stdout } = await rollupCheck(['--hosts', list, '-f', 'tsv', '--no-header']);
    expect(stdout.split('\n').map((row) => row.split('\t').slice(0, 5).join(' '))).toEqual([
      'EX01 1 current Exchange SE RTM Sep26SUv2 15.2.2562.53',
      'EX02 2 unsupported Exchange 2019 CU14 Nov24SUv2 15.2.1544.14',
      'EX03 3 error  ',
      'EX04 4 unknown  99.1.2.3',
      '',
    ]);
    expect(stdout.split('\n')[2]!.split('\t').slice(13, 15)).toEqual(['6', `probed ${refused}: the connection was refused (ECONNREFUSED)`]);
    expect(status).toBe(6);
  });
});

describe('start-up', () => {
  // A preload that says on exit which of the bundle's vendor files were read.
  const preload = join(mkdtempSync(join(tmpdir(), 'rollup-check-preload-')), 'loaded.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('loaded: ' + Object.keys(require.cache).filter((f) => /vendor[^/\\\\]*\\.cjs$/.test(f)).map((f) => f.replace(/^.*[/\\\\]/, '')).join(' ') + '\\n'));\n",
  );

  it('does not load the HTTP client for a build given, only for a server to probe', async () => {
    const build = await rollupCheck(['15.2.1544.4'], {}, ['--require', preload]);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/^loaded: $/m);
    const probe = await rollupCheck([plain.origin], {}, ['--require', preload]);
    expect(probe.status).toBe(1);
    expect(probe.stderr).toMatch(/^loaded: vendor-http\.cjs$/m);
  });
});
