import type { TlsProblem, TransportFailure, UnreachableCause } from '../../shared/server-responses.js';

const TLS_CODES: ReadonlyMap<string, TlsProblem> = new Map([
  ...[
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
  ].map((code) => [code, 'untrusted'] as const),
  ['ERR_TLS_CERT_ALTNAME_INVALID', 'hostname-mismatch'],
  ['CERT_HAS_EXPIRED', 'expired'],
  ['CERT_NOT_YET_VALID', 'not-yet-valid'],
  ['CERT_REVOKED', 'other'],
  ['EPROTO', 'handshake'],
]);

const UNREACHABLE_CODES: ReadonlyMap<string, [UnreachableCause, string]> = new Map([
  ...['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME'].map(
    (code) => [code, ['dns', 'cannot resolve the host name'] as [UnreachableCause, string]] as const,
  ),
  ['ECONNREFUSED', ['refused', 'the connection was refused']],
  ...['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].map(
    (code) => [code, ['reset', 'the connection was closed early'] as [UnreachableCause, string]] as const,
  ),
  ...['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ERR_TLS_HANDSHAKE_TIMEOUT'].map(
    (code) => [code, ['timeout', 'the connection timed out'] as [UnreachableCause, string]] as const,
  ),
  ...['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL'].map(
    (code) => [code, ['network', 'no route to the host'] as [UnreachableCause, string]] as const,
  ),
  ['UND_ERR_HEADERS_OVERFLOW', ['other', 'the answer headers are too large']],
]);

interface ErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

/** The error and everything it wraps (`cause`, AggregateError `errors`), breadth first. */
function chainOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 16) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null) continue;
    const item = next as ErrorLike;
    chain.push(item);
    if (item.cause !== undefined) queue.push(item.cause);
    if (Array.isArray(item.errors)) queue.push(...(item.errors as unknown[]));
  }
  return chain;
}

export interface AbortState {
  readonly budgetExpired: boolean;
  readonly requestTimedOut: boolean;
  readonly requestTimeoutMs: number;
  readonly budgetMs: number;
}

/** Names what went wrong with a request, from undici's and Node's error codes. */
export function classifyNetworkError(error: unknown, state: AbortState): TransportFailure {
  if (state.budgetExpired) return { kind: 'unreachable', cause: 'budget', detail: `the probe's total budget of ${state.budgetMs} ms ran out` };
  if (state.requestTimedOut) return { kind: 'unreachable', cause: 'timeout', detail: `no answer within ${state.requestTimeoutMs} ms` };
  const chain = chainOf(error);
  const codes = chain.map((item) => (typeof item.code === 'string' ? item.code : '')).filter((code) => code !== '');
  const messages = chain.map((item) => (typeof item.message === 'string' ? item.message : ''));
  for (const code of codes) {
    const problem = TLS_CODES.get(code) ?? (code.startsWith('ERR_SSL_') ? 'handshake' : undefined);
    if (problem) return { kind: 'tls', problem, detail: code };
  }
  if (messages.some((message) => /proxy/i.test(message))) {
    return { kind: 'unreachable', cause: 'proxy', detail: `the proxy refused the request (${messages.find((message) => /proxy/i.test(message))})` };
  }
  for (const code of codes) {
    const known = UNREACHABLE_CODES.get(code);
    if (known) return { kind: 'unreachable', cause: known[0], detail: `${known[1]} (${code})` };
    if (code.startsWith('HPE_')) return { kind: 'unreachable', cause: 'other', detail: `the answer is not valid HTTP (${code})` };
  }
  return { kind: 'unreachable', cause: 'other', detail: `the request failed (${codes[0] ?? messages.find((message) => message !== '') ?? String(error)})` };
}
