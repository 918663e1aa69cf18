import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../../../src/shared/probe-endpoints.js';
import { describeProbeFailure, describeProbeSource } from '../../../src/parse/probe/describe-probe.js';
import type { ProbeResult } from '../../../src/parse/probe/probe-result.js';
import { readProbe } from '../../../src/parse/probe/read-probe.js';
import type { EndpointExchange, HeaderMap, ServerResponses, TransportFailure } from '../../../src/shared/server-responses.js';

const ORIGIN = 'https://mail.contoso.com';
const PATHS: Record<EndpointId, string> = {
  'ecp-export-tool': '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application',
  owa: '/owa/',
  'owa-logon': '/owa/auth/logon.aspx',
};
const manifest = (version: string): string =>
  `<assembly><assemblyIdentity name="microsoft.exchange.ediscovery.exporttool.application" version="${version}"/></assembly>`;
const logon = (level: string): string => `<link href="/owa/auth/${level}/themes/resources/favicon.ico"><form action="/owa/auth.owa" name="logonForm">`;

const answered = (endpoint: EndpointId, status: number, body = '', headers: HeaderMap = {}): EndpointExchange => ({
  endpoint,
  url: `${ORIGIN}${PATHS[endpoint]}`,
  redirects: [],
  outcome: { kind: 'answer', answer: { url: `${ORIGIN}${PATHS[endpoint]}`, status, headers }, body: new TextEncoder().encode(body) },
});
const failed = (endpoint: EndpointId, failure: TransportFailure): EndpointExchange => ({
  endpoint,
  url: `${ORIGIN}${PATHS[endpoint]}`,
  redirects: [],
  outcome: { kind: 'failed', failure, answer: null },
});
const owaHeader = (version: string): EndpointExchange => answered('owa', 200, '', { 'x-owa-version': [version] });

function read(...exchanges: EndpointExchange[]): ProbeResult {
  const responses: ServerResponses = {
    target: { input: 'mail.contoso.com', origin: ORIGIN, hostname: 'mail.contoso.com', port: 443, secure: true },
    tls: { verified: true, roots: ['bundled'] },
    exchanges,
  };
  return readProbe(responses);
}

describe('combining the evidence', () => {
  it('prefers the exact build and accepts a CU level that matches it', () => {
    const result = read(answered('ecp-export-tool', 200, manifest('15.2.1544.14')), owaHeader('15.2.1544.14'), answered('owa-logon', 200, logon('15.2.1544')));
    expect(result).toMatchObject({ ok: true, build: '15.2.1544.14', parts: [15, 2, 1544, 14], proves: 'exact' });
  });

  it('gives the CU level alone when nothing exact answers', () => {
    const result = read(answered('ecp-export-tool', 404), answered('owa', 404), answered('owa-logon', 200, logon('15.1.2507')));
    expect(result).toMatchObject({ ok: true, build: '15.1.2507', parts: [15, 1, 2507], proves: 'cu-level' });
    expect(describeProbeSource(result)).toBe(`probed ${ORIGIN}: CU level 15.1.2507 only (security-update level unknown) from the OWA static-file paths`);
  });

  it.each([
    ['two revisions of one CU', [answered('ecp-export-tool', 200, manifest('15.2.1544.14')), owaHeader('15.2.1544.13')]],
    ['two CUs between exact sources', [answered('ecp-export-tool', 200, manifest('15.2.1544.14')), owaHeader('15.2.1748.10')]],
    ['an exact build and another CU level', [answered('ecp-export-tool', 200, manifest('15.2.1544.14')), answered('owa-logon', 200, logon('15.2.1258'))]],
    ['two CU levels', [owaHeader('x'), answered('owa-logon', 200, logon('15.2.1544') + logon('15.2.1748'))]],
    ['two values of the header', [answered('owa', 200, '', { 'x-owa-version': ['15.2.1544.14, 15.2.1544.9'] })]],
  ])('refuses %s', (_, exchanges) => {
    const result = read(...exchanges);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'disagreement' } });
    expect(!result.ok && describeProbeFailure(result.failure)).toMatch(/^the endpoints disagree beyond what a security update explains: /);
  });

  it('counts one value sent twice once', () => {
    expect(read(answered('owa', 200, '', { 'x-owa-version': ['15.2.1544.14', '15.2.1544.14'] }))).toMatchObject({ ok: true, build: '15.2.1544.14' });
  });

  it('reads a header from a redirect answer, and a body only from a 2xx answer', () => {
    const redirected: EndpointExchange = {
      ...answered('owa', 200, logon('15.2.1544')),
      redirects: [
        {
          answer: { url: `${ORIGIN}/owa/`, status: 302, headers: { 'x-owa-version': ['15.2.1544.14'], location: ['/owa/auth/logon.aspx'] } },
          to: `${ORIGIN}/owa/auth/logon.aspx`,
        },
      ],
    };
    expect(read(redirected)).toMatchObject({ ok: true, build: '15.2.1544.14', endpoints: [{ redirects: [`${ORIGIN}/owa/auth/logon.aspx`] }] });
    expect(read(answered('owa-logon', 500, logon('15.2.1544')))).toMatchObject({ ok: false, failure: { kind: 'http-status', status: 500 } });
    expect(read(answered('ecp-export-tool', 404, manifest('15.2.1544.14')))).toMatchObject({ ok: false, failure: { kind: 'not-exchange' } });
  });
});

describe('classifying a probe without a build', () => {
  const unreachable: TransportFailure = { kind: 'unreachable', cause: 'refused', detail: 'the connection was refused (ECONNREFUSED)' };

  it('says no build was revealed when Exchange shows itself without a version', () => {
    const result = read(answered('ecp-export-tool', 404), answered('owa', 302, '', { location: ['/owa/auth/logon.aspx'], 'x-feserver': ['EX01'] }));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'no-build-revealed', markers: ['x-feserver header', 'redirect to the OWA sign-in page'] } });
  });

  it('reports the first transport failure when nothing answered', () => {
    const result = read(
      failed('ecp-export-tool', unreachable),
      failed('owa', { kind: 'not-tried', why: 'unreachable' }),
      failed('owa-logon', { kind: 'not-tried', why: 'unreachable' }),
    );
    expect(result).toMatchObject({ ok: false, failure: unreachable });
    expect(result.endpoints.map((endpoint) => endpoint.note)).toEqual([
      'the connection was refused (ECONNREFUSED)',
      'not tried: the server was unreachable',
      'not tried: the server was unreachable',
    ]);
  });

  it('prefers a transport failure to 404s: the server may be Exchange behind it', () => {
    const refusedRedirect: TransportFailure = { kind: 'redirect-refused', target: 'https://adfs.contoso.com/', why: 'other-host' };
    expect(read(answered('ecp-export-tool', 404), failed('owa', refusedRedirect), answered('owa-logon', 404))).toMatchObject({ failure: refusedRedirect });
  });

  it('reports an HTTP error other than 404, and not Exchange otherwise', () => {
    expect(read(answered('ecp-export-tool', 404), answered('owa', 403), answered('owa-logon', 404))).toMatchObject({
      failure: { kind: 'http-status', status: 403, url: `${ORIGIN}/owa/` },
    });
    expect(read(answered('ecp-export-tool', 404), answered('owa', 410), answered('owa-logon', 200, '<html>Welcome</html>'))).toMatchObject({
      failure: { kind: 'not-exchange' },
    });
  });

  it('describes every kind of failure in one sentence', () => {
    const sentences = [
      describeProbeFailure({ kind: 'invalid-target', input: 'x y', detail: 'a server name cannot contain spaces or control characters' }),
      describeProbeFailure({ kind: 'not-exchange' }),
      describeProbeFailure({ kind: 'no-build-revealed', markers: ['OWA sign-in form'] }),
      describeProbeFailure({ kind: 'tls', problem: 'hostname-mismatch', detail: 'ERR_TLS_CERT_ALTNAME_INVALID' }),
      describeProbeFailure({ kind: 'oversized', limitBytes: 262144 }),
      describeProbeFailure({ kind: 'redirect-refused', target: 'https://adfs.contoso.com/', why: 'other-host' }),
      describeProbeFailure({ kind: 'internal', detail: 'boom' }),
    ];
    expect(sentences).toEqual([
      'cannot probe "x y": a server name cannot contain spaces or control characters',
      'no endpoint looks like Exchange (no OWA, no export tool manifest)',
      'an Exchange server (OWA sign-in form), but no endpoint reveals its build',
      'TLS: the certificate does not name this host (ERR_TLS_CERT_ALTNAME_INVALID)',
      'the answer is larger than 262144 bytes; stopped reading',
      'redirects to another host, https://adfs.contoso.com/; not followed without --follow-redirects',
      'the probe failed unexpectedly: boom',
    ]);
  });
});
