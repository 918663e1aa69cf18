import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeProbeSource } from '../../../src/parse/probe/describe-probe.js';
import { probeHost } from '../../../src/app/probe/probe-host.js';
import type { ProbeOptions } from '../../../src/input/probe/probe-options.js';
import { CLIENT_VERSION, fakeExchange, startServer, tlsFixture, withoutProxyVariables, type LocalServer } from '../../support/probe/local-servers.js';

const CA = tlsFixture('ca.pem');
const KEY = tlsFixture('server-key.pem');
const EXCHANGE = fakeExchange({ manifestVersion: '15.2.1544.14', owaVersion: '15.2.1544.14', logonLevel: '15.2.1544' });
const TRUSTING: ProbeOptions = { clientVersion: CLIENT_VERSION, requestTimeoutMs: 5000, extraCaCertificates: [CA] };

let good: LocalServer;
let wrongHost: LocalServer;
let expired: LocalServer;
let restoreProxyVariables: () => void;

beforeAll(async () => {
  const start = (cert: string): Promise<LocalServer> => startServer(EXCHANGE, { cert: tlsFixture(cert), key: KEY });
  [good, wrongHost, expired] = await Promise.all([start('localhost.pem'), start('wrong-host.pem'), start('expired.pem')]);
});
afterAll(() => Promise.all([good, wrongHost, expired].map((server) => server.close())));
beforeEach(() => {
  restoreProxyVariables = withoutProxyVariables();
});
afterEach(() => restoreProxyVariables());

describe('probing over TLS', () => {
  it('verifies the certificate against the trusted roots, a test CA added', async () => {
    const result = await probeHost(good.origin, TRUSTING);
    expect(result).toMatchObject({ ok: true, build: '15.2.1544.14', tls: { verified: true, roots: expect.arrayContaining(['bundled', 'caller']) } });
  });

  it('accepts the host name the certificate names, as well as its IP address', async () => {
    expect(await probeHost(`https://localhost:${good.port}`, TRUSTING)).toMatchObject({ ok: true, origin: `https://localhost:${good.port}` });
  });

  it('refuses a certificate from an untrusted CA, and tries no other endpoint', async () => {
    const before = good.requests.length;
    const result = await probeHost(good.origin, { clientVersion: CLIENT_VERSION });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'tls', problem: 'untrusted' } });
    expect(result.endpoints.map((endpoint) => endpoint.failure?.kind)).toEqual(['tls', 'not-tried', 'not-tried']);
    expect(good.requests.length).toBe(before);
  });

  it('refuses a certificate for another host name', async () => {
    expect(await probeHost(wrongHost.origin, TRUSTING)).toMatchObject({ ok: false, failure: { kind: 'tls', problem: 'hostname-mismatch' } });
  });

  it('refuses an expired certificate', async () => {
    expect(await probeHost(expired.origin, TRUSTING)).toMatchObject({ ok: false, failure: { kind: 'tls', problem: 'expired', detail: 'CERT_HAS_EXPIRED' } });
  });

  it.each([
    ['an untrusted', () => good],
    ['a mismatched', () => wrongHost],
    ['an expired', () => expired],
  ])('with insecure, accepts %s certificate and says so', async (_, server) => {
    const result = await probeHost(server().origin, { clientVersion: CLIENT_VERSION, insecure: true });
    expect(result).toMatchObject({ ok: true, build: '15.2.1544.14', tls: { verified: false, roots: [] } });
    expect(describeProbeSource(result)).toMatch(/; TLS certificate NOT verified \(--insecure\)$/);
  });
});
