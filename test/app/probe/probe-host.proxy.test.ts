import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeHost } from '../../../src/app/probe/probe-host.js';
import type { ProbeOptions } from '../../../src/input/probe/probe-options.js';
import { startProxy, type LocalProxy } from '../../support/probe/local-proxy.js';
import {
  CLIENT_VERSION,
  ENDPOINT_PATHS,
  USER_AGENT,
  fakeExchange,
  startServer,
  tlsFixture,
  withoutProxyVariables,
  type LocalServer,
} from '../../support/probe/local-servers.js';

const OPTIONS: ProbeOptions = { clientVersion: CLIENT_VERSION, requestTimeoutMs: 5000, extraCaCertificates: [tlsFixture('ca.pem')] };
const EXCHANGE = fakeExchange({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' });

let plain: LocalServer;
let secure: LocalServer;
let proxy: LocalProxy;
let restoreProxyVariables: () => void;

beforeAll(async () => {
  plain = await startServer(EXCHANGE);
  secure = await startServer(EXCHANGE, { cert: tlsFixture('localhost.pem'), key: tlsFixture('server-key.pem') });
  proxy = await startProxy();
});
afterAll(() => Promise.all([plain.close(), secure.close(), proxy.close()]));
beforeEach(() => {
  restoreProxyVariables = withoutProxyVariables();
  proxy.log.length = 0;
  plain.requests.length = 0;
  secure.requests.length = 0;
});
afterEach(() => restoreProxyVariables());

const pathOf = (target: string): string => new URL(target, 'http://x').pathname;

describe('probing through a proxy', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('sends http requests to the proxy named by %s as absolute-URI GETs', async (variable) => {
    process.env[variable] = proxy.url;
    expect(await probeHost(plain.origin, OPTIONS)).toMatchObject({ ok: true, build: '15.2.1544.14' });
    expect(proxy.log.map((entry) => entry.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(proxy.log.map((entry) => entry.target.startsWith(`${plain.origin}/`))).toEqual([true, true, true, true]);
    expect(new Set(proxy.log.map((entry) => pathOf(entry.target)))).toEqual(new Set(ENDPOINT_PATHS));
    for (const { headers } of proxy.log) {
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
    expect(plain.requests).toHaveLength(4);
  });

  it.each(['HTTPS_PROXY', 'https_proxy'])('tunnels https through the proxy named by %s with CONNECT', async (variable) => {
    process.env[variable] = proxy.url;
    expect(await probeHost(secure.origin, OPTIONS)).toMatchObject({ ok: true, build: '15.2.1544.14' });
    expect(proxy.log.map((entry) => `${entry.method} ${entry.target}`)).toEqual([`CONNECT 127.0.0.1:${secure.port}`]);
    expect(secure.requests.map((request) => `${request.method} ${pathOf(request.url)}`)).toEqual([
      'GET /ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application',
      'GET /owa/',
      'GET /owa/auth/logon.aspx',
      'GET /owa/auth/logon.aspx',
    ]);
    for (const { headers } of secure.requests) {
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
  });

  it.each(['NO_PROXY', 'no_proxy'])('goes direct to hosts listed in %s', async (variable) => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.HTTPS_PROXY = proxy.url;
    process.env[variable] = 'mail.contoso.com,127.0.0.1';
    expect(await probeHost(plain.origin, OPTIONS)).toMatchObject({ ok: true });
    expect(await probeHost(secure.origin, OPTIONS)).toMatchObject({ ok: true });
    expect(proxy.log).toEqual([]);
    expect(plain.requests).toHaveLength(4);
    expect(secure.requests).toHaveLength(4);
  });

  it('reports a proxy that refuses the request', async () => {
    const refusing = await startProxy({ refuse: true });
    try {
      process.env.HTTPS_PROXY = refusing.url;
      const result = await probeHost(secure.origin, OPTIONS);
      expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable', cause: 'proxy' } });
      expect(result.endpoints.map((endpoint) => endpoint.failure?.kind)).toEqual(['unreachable', 'not-tried', 'not-tried']);
    } finally {
      await refusing.close();
    }
  });
});
