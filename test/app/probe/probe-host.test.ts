import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeRefusal, ProbeResult, ProbeSuccess } from '../../../src/parse/probe/probe-result.js';
import { describeProbeSource } from '../../../src/parse/probe/describe-probe.js';
import { probeHost } from '../../../src/app/probe/probe-host.js';
import type { ProbeOptions } from '../../../src/input/probe/probe-options.js';
import {
  CLIENT_VERSION,
  ENDPOINT_PATHS,
  MANIFEST_PATH,
  USER_AGENT,
  fakeExchange,
  logonPageFor,
  notFound,
  REFUSED_ORIGIN,
  startServer,
  withoutProxyVariables,
  type FakeExchange,
  type LocalServer,
  type Route,
} from '../../support/probe/local-servers.js';

const OPTIONS: ProbeOptions = { clientVersion: CLIENT_VERSION, requestTimeoutMs: 5000, budgetMs: 20_000 };
const servers: LocalServer[] = [];
let restoreProxyVariables: () => void;

beforeEach(() => {
  restoreProxyVariables = withoutProxyVariables();
});
afterEach(() => restoreProxyVariables());
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(config: FakeExchange | Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const server = await startServer(typeof config === 'function' ? config : fakeExchange(config));
  servers.push(server);
  return server;
}

async function probe(config: FakeExchange, options: Partial<ProbeOptions> = {}): Promise<{ result: ProbeResult; server: LocalServer }> {
  const server = await serve(config);
  return { result: await probeHost(server.origin, { ...OPTIONS, ...options }), server };
}

const success = (result: ProbeResult): ProbeSuccess => {
  expect(result.ok, JSON.stringify(result, null, 1)).toBe(true);
  return result as ProbeSuccess;
};
const refused = (result: ProbeResult): ProbeRefusal => {
  expect(result.ok, JSON.stringify(result, null, 1)).toBe(false);
  return result as ProbeRefusal;
};

const hang: Route = () => undefined;
const status =
  (code: number): Route =>
  (_, response) =>
    void response.writeHead(code, { 'content-type': 'text/plain' }).end(`status ${code}`);

describe('probing one server', () => {
  it('reads the exact build when all three endpoints agree, and says what each gave', async () => {
    const { result, server } = await probe({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' });
    const found = success(result);
    expect(found).toMatchObject({ build: '15.2.1544.14', parts: [15, 2, 1544, 14], proves: 'exact', origin: server.origin, tls: { verified: true } });
    expect(found.basis.map((claim) => [claim.endpoint, claim.source, claim.build])).toEqual([
      ['ecp-export-tool', 'export-tool-manifest', '15.2.1544.14'],
      ['owa', 'x-owa-version', '15.2.1544.14'],
      ['owa', 'static-file-paths', '15.2.1544'],
      ['owa-logon', 'static-file-paths', '15.2.1544'],
    ]);
    expect(found.endpoints.map((endpoint) => [endpoint.url, endpoint.status, endpoint.failure])).toEqual(
      ENDPOINT_PATHS.map((path) => [`${server.origin}${path}`, 200, null]),
    );
    expect(found.endpoints[1]!.redirects).toEqual([`${server.origin}/owa/auth/logon.aspx?url=${encodeURIComponent(`${server.origin}/owa/`)}&reason=0`]);
    expect(found.endpoints[0]!.note).toBe('assemblyIdentity version 15.2.1544.14');
    expect(describeProbeSource(found)).toBe(
      `probed ${server.origin}: build 15.2.1544.14 from the ECP export tool manifest, the X-OWA-Version header and the OWA static-file paths`,
    );
  });

  it('sends only GETs to the three endpoints, over one connection, with its User-Agent and without cookies or credentials', async () => {
    const { server } = await probe({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' });
    expect(server.connections.most).toBe(1);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(server.requests.map((request) => request.url.split('?')[0])).toEqual([MANIFEST_PATH, '/owa/', '/owa/auth/logon.aspx', '/owa/auth/logon.aspx']);
    for (const { headers } of server.requests) {
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
      expect(Object.keys(headers).sort()).toEqual(['accept', 'connection', 'host', 'user-agent']);
    }
  });

  it.each([
    ['the export tool manifest', { manifestVersion: '15.2.1544.14' }, '15.2.1544.14', 'exact'],
    ['the X-OWA-Version header', { owaVersion: '15.1.2507.39' }, '15.1.2507.39', 'exact'],
    ['the sign-in page', { logonLevel: '15.2.1748' }, '15.2.1748', 'cu-level'],
  ] as const)('reads %s alone', async (_, config, build, proves) => {
    const found = success((await probe(config)).result);
    expect(found).toMatchObject({ build, proves });
  });

  it('reads the CU level of an Exchange 2010 sign-in page from its four-part folder', async () => {
    const page: Route = (_, response) =>
      void response.writeHead(200, { 'content-type': 'text/html' }).end(logonPageFor('x').replaceAll('/owa/auth/x/', '/owa/14.3.123.3/'));
    const found = success((await probe({ routes: { '/owa/auth/logon.aspx': page } })).result);
    expect(found).toMatchObject({ build: '14.3.123', proves: 'cu-level' });
    expect(describeProbeSource(found)).toContain('CU level 14.3.123 only (security-update level unknown)');
  });

  it('refuses exact sources that differ in revision', async () => {
    const result = refused((await probe({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.9', logonLevel: '15.2.1544' })).result);
    expect(result.failure.kind).toBe('disagreement');
    expect(result.failure.kind === 'disagreement' && result.failure.claims.map((claim) => claim.build)).toEqual([
      '15.2.1544.14',
      '15.2.1544.9',
      '15.2.1544',
      '15.2.1544',
    ]);
  });

  it('refuses a sign-in page on another CU than the exact build', async () => {
    const result = refused((await probe({ manifestVersion: '15.2.1544.14', logonLevel: '15.2.1258' })).result);
    expect(result.failure.kind).toBe('disagreement');
  });

  it('calls a server that answers 404 everywhere, or the same page everywhere, not Exchange', async () => {
    const missing = await serve(notFound);
    expect(refused(await probeHost(missing.origin, OPTIONS)).failure).toEqual({ kind: 'not-exchange' });
    const page = (await import('node:fs')).readFileSync(new URL('../../fixtures/probe/not-exchange.html', import.meta.url), 'utf8');
    const everywhere = await serve((_, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(page));
    expect(refused(await probeHost(everywhere.origin, OPTIONS)).failure).toEqual({ kind: 'not-exchange' });
  });

  it('reports an HTTP error status when the server fails everywhere', async () => {
    const server = await serve(status(500));
    const result = refused(await probeHost(server.origin, OPTIONS));
    expect(result.failure).toEqual({ kind: 'http-status', status: 500, url: `${server.origin}${MANIFEST_PATH}` });
    expect(result.endpoints.map((endpoint) => endpoint.note)).toEqual(['HTTP 500', 'HTTP 500; no X-OWA-Version header', 'HTTP 500']);
  });

  it('says "no build revealed" for an Exchange server that hides its version', async () => {
    const result = refused(
      (
        await probe({
          routes: { '/owa/auth/logon.aspx': (_, response) => void response.writeHead(200).end('<form action="/owa/auth.owa" name="logonForm"></form>') },
        })
      ).result,
    );
    expect(result.failure).toEqual({
      kind: 'no-build-revealed',
      markers: ['x-feserver header', 'redirect to the OWA sign-in page', 'OWA sign-in form', 'OWA sign-in page'],
    });
  });

  it('gives up on a request after the request timeout', async () => {
    const result = refused((await probe({ routes: { [MANIFEST_PATH]: hang, '/owa/': hang, '/owa/auth/logon.aspx': hang } }, { requestTimeoutMs: 100 })).result);
    expect(result.failure).toEqual({ kind: 'unreachable', cause: 'timeout', detail: 'no answer within 100 ms' });
    expect(result.endpoints.map((endpoint) => endpoint.failure?.kind)).toEqual(['unreachable', 'unreachable', 'unreachable']);
  });

  it('stops the whole probe when its budget runs out', async () => {
    const result = refused((await probe({ routes: { [MANIFEST_PATH]: hang, '/owa/': hang } }, { requestTimeoutMs: 60_000, budgetMs: 150 })).result);
    expect(result.failure).toMatchObject({ kind: 'unreachable', cause: 'budget' });
    expect(result.endpoints.map((endpoint) => endpoint.failure)).toEqual([
      { kind: 'unreachable', cause: 'budget', detail: "the probe's total budget of 150 ms ran out" },
      { kind: 'not-tried', why: 'budget' },
      { kind: 'not-tried', why: 'budget' },
    ]);
  });

  it('uses what answered in time when one endpoint is slow', async () => {
    const result = success((await probe({ owaVersion: '15.2.1544.14', routes: { [MANIFEST_PATH]: hang } }, { requestTimeoutMs: 100 })).result);
    expect(result.build).toBe('15.2.1544.14');
    expect(result.endpoints[0]!.failure).toMatchObject({ kind: 'unreachable', cause: 'timeout' });
  });

  it('stops reading an answer beyond the size cap', async () => {
    let written = 0;
    const huge: Route = (_, response) => {
      let closed = false;
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      const pump = (): void => {
        while (!closed && written < 128 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.once('close', () => (closed = true));
      pump();
    };
    const declared: Route = (_, response) => void response.writeHead(200, { 'content-length': String(1024 * 1024) }).end('x'.repeat(1024 * 1024));
    const result = refused(
      (await probe({ routes: { '/owa/auth/logon.aspx': huge, '/owa/': huge, [MANIFEST_PATH]: declared } }, { maxResponseBytes: 256 * 1024 })).result,
    );
    expect(result.failure).toEqual({ kind: 'oversized', limitBytes: 256 * 1024 });
    expect(result.endpoints.map((endpoint) => endpoint.failure?.kind)).toEqual(['oversized', 'oversized', 'oversized']);
    expect(written).toBeLessThan(128 * 1024 * 1024);
  });

  it('follows a same-host redirect, and refuses one to another host unless told to follow it', async () => {
    const elsewhere = await serve({
      owaVersion: '15.2.1544.14',
      routes: { '/owa/': (_, response) => void response.writeHead(200, { 'x-owa-version': '15.2.1544.14' }).end() },
    });
    const away: Route = (_, response) => void response.writeHead(301, { location: `${elsewhere.origin}/owa/` }).end();
    const within: Route = (_, response) => void response.writeHead(302, { location: '/owa/auth/logon.aspx' }).end();
    const config = { logonLevel: '15.2.1544', routes: { '/owa/': away, [MANIFEST_PATH]: within } };
    const refusedResult = (await probe(config)).result;
    expect(refusedResult).toMatchObject({ ok: true, build: '15.2.1544', proves: 'cu-level' });
    expect(refusedResult.endpoints[0]).toMatchObject({
      status: 200,
      redirects: [expect.stringMatching(/\/owa\/auth\/logon\.aspx$/)],
      note: 'static files under 15.2.1544',
    });
    expect(refusedResult.endpoints[1]).toMatchObject({
      status: null,
      failure: { kind: 'redirect-refused', why: 'other-host', target: `${elsewhere.origin}/owa/` },
    });
    expect(elsewhere.requests).toEqual([]);
    const followed = success((await probe(config, { followRedirects: true })).result);
    expect(followed).toMatchObject({ build: '15.2.1544.14', proves: 'exact' });
    expect(elsewhere.requests.map((request) => request.url)).toEqual(['/owa/']);
  });

  it('treats the same port under another host name as another host', async () => {
    const server = await serve({});
    const renamed: Route = (_, response) => void response.writeHead(302, { location: server.origin.replace('127.0.0.1', 'localhost') + '/owa/' }).end();
    const result = refused(await probeHost((await serve({ routes: { '/owa/': renamed } })).origin, OPTIONS));
    expect(result.failure).toMatchObject({ kind: 'redirect-refused', why: 'other-host' });
  });

  it('stops after a few redirects', async () => {
    const loop: Route = (_, response) => void response.writeHead(302, { location: '/owa/' }).end();
    const result = refused((await probe({ routes: { '/owa/': loop } })).result);
    expect(result.endpoints[1]!.failure).toMatchObject({ kind: 'redirect-refused', why: 'too-many' });
    expect(result.endpoints[1]!.redirects).toHaveLength(5);
  });

  it('reports a refused connection once and does not try the other endpoints', async () => {
    const result = refused(await probeHost(REFUSED_ORIGIN, OPTIONS));
    expect(result.failure).toMatchObject({ kind: 'unreachable', cause: 'refused' });
    expect(result.endpoints.map((endpoint) => endpoint.failure?.kind)).toEqual(['unreachable', 'not-tried', 'not-tried']);
  });

  it('refuses an unreadable target without sending anything', async () => {
    const result = refused(await probeHost('https://admin:secret@mail.contoso.com', OPTIONS));
    expect(result).toMatchObject({
      origin: null,
      tls: null,
      endpoints: [],
      failure: { kind: 'invalid-target', input: 'https://***@mail.contoso.com' },
    });
  });
});
