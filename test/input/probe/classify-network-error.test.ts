import { describe, expect, it } from 'vitest';
import { classifyNetworkError, type AbortState } from '../../../src/input/probe/classify-network-error.js';

const CALM: AbortState = { budgetExpired: false, requestTimedOut: false, requestTimeoutMs: 10_000, budgetMs: 30_000 };
const coded = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('naming a network failure', () => {
  it('blames the budget, then the request timeout, before anything the error says', () => {
    expect(classifyNetworkError(coded('UND_ERR_ABORTED'), { ...CALM, budgetExpired: true, requestTimedOut: true })).toEqual({
      kind: 'unreachable',
      cause: 'budget',
      detail: "the probe's total budget of 30000 ms ran out",
    });
    expect(classifyNetworkError(new DOMException('timed out', 'TimeoutError'), { ...CALM, requestTimedOut: true })).toEqual({
      kind: 'unreachable',
      cause: 'timeout',
      detail: 'no answer within 10000 ms',
    });
  });

  it.each([
    ['ENOTFOUND', 'dns', 'cannot resolve the host name (ENOTFOUND)'],
    ['EAI_AGAIN', 'dns', 'cannot resolve the host name (EAI_AGAIN)'],
    ['ECONNREFUSED', 'refused', 'the connection was refused (ECONNREFUSED)'],
    ['ECONNRESET', 'reset', 'the connection was closed early (ECONNRESET)'],
    ['UND_ERR_SOCKET', 'reset', 'the connection was closed early (UND_ERR_SOCKET)'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'the connection timed out (UND_ERR_CONNECT_TIMEOUT)'],
    ['EHOSTUNREACH', 'network', 'no route to the host (EHOSTUNREACH)'],
    ['HPE_INVALID_CONSTANT', 'other', 'the answer is not valid HTTP (HPE_INVALID_CONSTANT)'],
    ['SOMETHING_NEW', 'other', 'the request failed (SOMETHING_NEW)'],
  ])('%s is unreachable/%s', (code, cause, detail) => {
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: coded(code) }), CALM)).toEqual({ kind: 'unreachable', cause, detail });
  });

  it('looks inside an AggregateError (both address families refused)', () => {
    expect(classifyNetworkError(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')]), CALM)).toMatchObject({ cause: 'refused' });
  });

  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'untrusted'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'untrusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'hostname-mismatch'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'not-yet-valid'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'handshake'],
    ['CERT_REVOKED', 'other'],
  ])('%s is tls/%s', (code, problem) => {
    expect(classifyNetworkError(coded(code), CALM)).toEqual({ kind: 'tls', problem, detail: code });
  });

  it('finds the TLS problem that undici wraps for a tunnelled connection', () => {
    const wrapped = Object.assign(new Error('Secure Proxy Connection failed'), { code: 'UND_ERR_PRX_TLS', cause: coded('ERR_TLS_CERT_ALTNAME_INVALID') });
    expect(classifyNetworkError(wrapped, CALM)).toMatchObject({ kind: 'tls', problem: 'hostname-mismatch' });
  });

  it('names a proxy that refuses', () => {
    expect(classifyNetworkError(coded('UND_ERR_ABORTED', 'Proxy response (407) !== 200 when HTTP Tunneling'), CALM)).toEqual({
      kind: 'unreachable',
      cause: 'proxy',
      detail: 'the proxy refused the request (Proxy response (407) !== 200 when HTTP Tunneling)',
    });
  });

  it('copes with something that is not an error', () => {
    expect(classifyNetworkError('weird', CALM)).toEqual({ kind: 'unreachable', cause: 'other', detail: 'the request failed (weird)' });
  });
});
