import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetSchemaErrors, reportSchemaErrors } from '../../support/json-schemas.js';
import { startProxy, type LocalProxy } from '../../support/probe/local-proxy.js';
import {
  ENDPOINT_PATHS,
  MANIFEST_PATH,
  fakeExchange,
  notFound,
  REFUSED_ORIGIN,
  startServer,
  tlsFixture,
  type FakeExchange,
  type LocalServer,
} from '../../support/probe/local-servers.js';
import { runInProcess, type InProcessRun } from '../../support/run-in-process.js';

// The command line run in this process against servers on 127.0.0.1. The environment a run sees is
// the one given here, so proxy variables of the machine running the tests play no part.

const AS_OF = ['--as-of', '2026-11-24'];
const USER_AGENT = 'rollup-check/0.1.0 (+build probe)';
const ENV = { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH };

const run = (argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<InProcessRun> => runInProcess([...argv, ...AS_OF], { env: { ...ENV, ...env } });

const servers: LocalServer[] = [];
const serve = async (config: FakeExchange | RequestListener, tls?: { cert: string; key: string }): Promise<LocalServer> => {
  const server = await startServer(typeof config === 'function' ? config : fakeExchange(config), tls);
  servers.push(server);
  return server;
};
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** The text output without the lines a probe adds, to compare with the output for the build pasted. */
const withoutProbeLines = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/^ {2}source: probed /.test(line) && !/^ {4}\/(ecp|owa)\//.test(line))
    .join('\n');

let exact: LocalServer;
let cuLevelOnly: LocalServer;

beforeAll(async () => {
  exact = await serve({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' });
  cuLevelOnly = await serve({ logonLevel: '15.2.1544' });
});

describe('a URL in place of the build string', () => {
  it('reads the build from the server and analyses it exactly as the build pasted, naming every endpoint and what it gave', async () => {
    const probed = await run([exact.origin]);
    const pasted = await run(['15.2.1544.14']);
    expect(probed.code).toBe(pasted.code);
    expect(probed.code).toBe(1);
    expect(probed.stdout).toContain(
      `  source: probed ${exact.origin}: build 15.2.1544.14 from the ECP export tool manifest, the X-OWA-Version header and the OWA static-file paths\n`,
    );
    expect(probed.stdout).toContain(`    ${MANIFEST_PATH}: HTTP 200; assemblyIdentity version 15.2.1544.14\n`);
    expect(probed.stdout).toContain('    /owa/: HTTP 200 via /owa/auth/logon.aspx?url=');
    expect(probed.stdout).toContain('    /owa/auth/logon.aspx: HTTP 200; static files under 15.2.1544\n');
    expect(withoutProbeLines(probed.stdout)).toBe(pasted.stdout);
    expect(probed.stderr).toBe(pasted.stderr);
  });

  it('puts the one-line source and every endpoint into the JSON report, valid against the schema', async () => {
    const probed = await run([exact.origin, '-f', 'json']);
    const pasted = JSON.parse((await run(['15.2.1544.14', '-f', 'json'])).stdout) as Record<string, unknown>;
    const report = JSON.parse(probed.stdout) as Record<string, unknown> & { input: Record<string, unknown> };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect({ ...report, input: null }).toEqual({ ...pasted, input: null });
    expect(report.input).toMatchObject({
      text: '15.2.1544.14',
      form: 'dotted',
      source: expect.stringMatching(/^probed http:\/\/127\.0\.0\.1:\d+: build 15\.2\.1544\.14 from /),
      probe: {
        target: exact.origin,
        origin: exact.origin,
        build: '15.2.1544.14',
        proves: 'exact',
        tls: { verified: true },
        endpoints: [
          { endpoint: 'ecp-export-tool', url: `${exact.origin}${MANIFEST_PATH}`, status: 200, failure: null },
          { endpoint: 'owa', url: `${exact.origin}/owa/`, redirects: [expect.stringContaining('/owa/auth/logon.aspx')], status: 200 },
          { endpoint: 'owa-logon', url: `${exact.origin}/owa/auth/logon.aspx`, status: 200 },
        ],
      },
    });
  });

  it('takes a bare host name with --probe, over https', async () => {
    const secure = await serve({ owaVersion: '15.2.2562.53' }, { cert: tlsFixture('localhost.pem'), key: tlsFixture('server-key.pem') });
    const { code, stdout } = await run(['--probe', `localhost:${secure.port}`, '--insecure', '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'current',
      input: { probe: { target: `localhost:${secure.port}`, origin: `https://localhost:${secure.port}` } },
    });
  });

  it('analyses a CU level as CU-level input, exactly like the AdminDisplayVersion of that CU', async () => {
    const probed = await run([cuLevelOnly.origin, '-f', 'json']);
    const adminDisplayVersion = await run(['Version 15.2 (Build 1544.4)', '-f', 'json']);
    expect(probed.code).toBe(adminDisplayVersion.code);
    const report = JSON.parse(probed.stdout) as { confidence: string; input: { probe: { build: string; proves: string } } };
    expect(report).toMatchObject({ confidence: 'cu-level', input: { text: '15.2.1544.4', probe: { build: '15.2.1544', proves: 'cu-level' } } });
    const { input, ...analysis } = JSON.parse(adminDisplayVersion.stdout) as Record<string, unknown>;
    expect(input).toMatchObject({ form: 'admin-display-version' });
    expect(report).toMatchObject(analysis);
    expect(probed.stderr).toContain("the OWA sign-in page's static-file paths");
    expect((await run([cuLevelOnly.origin])).stdout).toContain('confidence: CU level only, security-update level unknown');
  });

  it('refuses endpoints that disagree beyond what a security update explains: exit code 6, the claims on stderr', async () => {
    const split = await serve({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.13', logonLevel: '15.2.1544' });
    const { code, stdout, stderr } = await run([split.origin]);
    expect(code).toBe(6);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rollup-check: probed ${split.origin}: the endpoints disagree beyond what a security update explains: the ECP export tool manifest says 15.2.1544.14, the X-OWA-Version header says 15.2.1544.13, the OWA static-file paths says CU level 15.2.1544\n`,
    );
  });

  it.each([
    ['an unreachable server', () => REFUSED_ORIGIN, /: the connection was refused \(ECONNREFUSED\)$/],
    ['a server that is not Exchange', async () => (await serve(notFound)).origin, /: no endpoint looks like Exchange \(no OWA, no export tool manifest\)$/],
    [
      'an Exchange server hiding its build',
      async () => (await serve({ routes: {} })).origin,
      /: an Exchange server \(x-feserver header, redirect to the OWA sign-in page\), but no endpoint reveals its build$/,
    ],
  ])('gives exit code 6 and one line on stderr for %s', async (_, origin, message) => {
    const { code, stdout, stderr } = await run([await origin()]);
    expect(code).toBe(6);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/^rollup-check: probed http:\/\/127\.0\.0\.1:\d+/);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('applies --probe-timeout to each request', async () => {
    const hang = (): void => undefined;
    const slowManifest = await startServer(fakeExchange({ owaVersion: '15.2.1544.14', routes: { [MANIFEST_PATH]: hang } }));
    servers.push(slowManifest);
    const { code, stdout } = await run([slowManifest.origin, '--probe-timeout', '1', '-f', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { input: { probe: { endpoints: { failure: unknown }[] } } };
    expect(report.input.probe.endpoints[0]!.failure).toEqual({ kind: 'unreachable', cause: 'timeout', detail: 'no answer within 1000 ms' });
  });

  it('follows a redirect to another host only with --follow-redirects', async () => {
    const elsewhere = await serve({ logonLevel: '15.2.1544' });
    const away = (_: IncomingMessage, response: ServerResponse): void => void response.writeHead(302, { location: `${elsewhere.origin}/owa/` }).end();
    const redirecting = await serve({ routes: { '/owa/': away, '/owa/auth/logon.aspx': away } });
    const refused = await run([redirecting.origin]);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toBe(
      `rollup-check: probed ${redirecting.origin}: redirects to another host, ${elsewhere.origin}/owa/; not followed without --follow-redirects\n`,
    );
    expect(elsewhere.requests).toEqual([]);
    const followed = await run([redirecting.origin, '--follow-redirects', '-f', 'json']);
    expect(followed.code).toBe(1);
    expect(JSON.parse(followed.stdout)).toMatchObject({
      confidence: 'cu-level',
      input: {
        probe: { endpoints: [{}, { redirects: [`${elsewhere.origin}/owa/`, expect.stringContaining(`${elsewhere.origin}/owa/auth/logon.aspx`)] }, {}] },
      },
    });
  });

  it.each([
    [
      'a URL with a path',
      ['https://mail.contoso.com/owa'],
      'rollup-check: cannot probe "https://mail.contoso.com/owa": give the server only (scheme, host, port), without a path, query or fragment\n',
    ],
    ['two URLs', ['https://a.contoso.com', 'https://b.contoso.com'], /give one URL in place of the build string/],
    ['a URL and a host list', ['https://a.contoso.com', '--hosts', '-'], 'rollup-check: give either a build string or --hosts, not both\n'],
    ['--probe and a build string', ['--probe', 'a.contoso.com', '15.2.1544.4'], 'rollup-check: give either a build string or --probe, not both\n'],
    [
      '--probe-timeout without a server to probe',
      ['15.2.1544.4', '--probe-timeout', '5'],
      'rollup-check: --probe-timeout applies only to a URL, --probe or a host list\n',
    ],
    ['--insecure without a server to probe', ['15.2.1544.4', '--insecure'], 'rollup-check: --insecure applies only to a URL, --probe or a host list\n'],
    [
      '--probe-concurrency above 64',
      ['--probe', 'a.contoso.com', '--probe-concurrency', '65'],
      /--probe-concurrency <n>' argument '65' is invalid. expected at most 64./,
    ],
  ])('refuses %s as a usage error before sending anything', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
  });
});

describe('--insecure', () => {
  let untrusted: LocalServer;
  beforeAll(async () => {
    untrusted = await serve(
      { manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' },
      { cert: tlsFixture('localhost.pem'), key: tlsFixture('server-key.pem') },
    );
  });
  const NOTE = 'TLS certificates of the servers probed were NOT verified (--insecure)';

  it('is needed for a server whose certificate no trusted CA issued', async () => {
    const { code, stderr } = await run([untrusted.origin]);
    expect(code).toBe(6);
    expect(stderr).toMatch(/: TLS: the certificate is not issued by a trusted authority \(\w+\)\n$/);
  });

  it.each([
    [
      'text',
      (out: string) =>
        expect(out).toMatch(new RegExp(`source: probed .*; TLS certificate NOT verified \\(--insecure\\)\\n[\\s\\S]*\\n${NOTE.replace(/[()]/g, '\\$&')}\\n$`)),
    ],
    [
      'json',
      (out: string) => {
        const report = JSON.parse(out) as object;
        expect(reportSchemaErrors(report)).toEqual([]);
        expect(report).toMatchObject({ insecure: true, input: { probe: { tls: { verified: false, roots: [] } } } });
      },
    ],
    [
      'ndjson',
      (out: string) => {
        const records = out
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as object);
        expect(records.flatMap(fleetSchemaErrors)).toEqual([]);
        expect(records[0]).toMatchObject({ type: 'run', insecure: true });
      },
    ],
    ['tsv', (out: string) => expect(out.split('\n')[0]).toBe(`# ${NOTE}`)],
    ['junit', (out: string) => expect(out).toContain(`<property name="tlsVerified" value="false"/>\n      <property name="warning" value="${NOTE}"/>`)],
    [
      'sarif',
      (out: string) =>
        expect(JSON.parse(out)).toMatchObject({
          runs: [{ invocations: [{ toolExecutionNotifications: [{ level: 'warning', message: { text: NOTE } }] }], properties: { tlsVerified: false } }],
        }),
    ],
    ['markdown', (out: string) => expect(out).toContain(`> **Warning:** ${NOTE}.`)],
  ])('is said in %s output, and once on stderr', async (format, check) => {
    const { code, stdout, stderr } = await run([untrusted.origin, '--insecure', '-f', format]);
    expect(code).toBe(1);
    check(stdout);
    expect(stderr.match(/NOT verified/g)).toHaveLength(1);
    expect(stderr).toContain('rollup-check: warning: TLS certificates of the servers probed are NOT verified (--insecure)');
  });
});

describe('through a proxy', () => {
  let proxy: LocalProxy;
  beforeAll(async () => {
    proxy = await startProxy();
  });
  afterAll(() => proxy.close());

  it('sends only the three GETs, through the proxy HTTP_PROXY names, with the User-Agent and nothing else of ours', async () => {
    const direct = (_: IncomingMessage, response: ServerResponse): void => void response.writeHead(200, { 'x-owa-version': '15.2.1544.14' }).end();
    const server = await serve({ manifestVersion: '15.2.1544.14', logonLevel: '15.2.1544', routes: { '/owa/': direct } });
    const { code } = await run([server.origin], { HTTP_PROXY: proxy.url });
    expect(code).toBe(1);
    expect(proxy.log.map((entry) => `${entry.method} ${entry.target}`)).toEqual(ENDPOINT_PATHS.map((path) => `GET ${server.origin}${path}`));
    for (const { headers } of proxy.log) {
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(ENDPOINT_PATHS.map((path) => `GET ${path}`));
    proxy.log.length = 0;
    expect((await run([server.origin], { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })).code).toBe(1);
    expect(proxy.log).toEqual([]);
  });
});
