import type { IncomingHttpHeaders } from 'node:http';
import { request, type Dispatcher } from 'undici';
import type { EndpointId } from '../../shared/probe-endpoints.js';
import { judgeRedirect } from './redirect-policy.js';
import type { EndpointExchange, ExchangeOutcome, HeaderMap, HttpAnswer } from '../../shared/server-responses.js';
import { classifyNetworkError } from './classify-network-error.js';
import { discardBody, readCappedBody } from './read-capped-body.js';

export interface FetchContext {
  readonly dispatcher: Dispatcher;
  readonly userAgent: string;
  readonly requestTimeoutMs: number;
  readonly budget: AbortSignal;
  readonly budgetMs: number;
  readonly maxResponseBytes: number;
  readonly maxRedirects: number;
  readonly followRedirects: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function headerMap(headers: IncomingHttpHeaders): HeaderMap {
  const map: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) map[name.toLowerCase()] = Array.isArray(value) ? value : [value];
  }
  return map;
}

/**
 * One endpoint: a GET with only a User-Agent and `Accept: *\/*` (no cookies, no credentials, no
 * compression), following redirects as `judgeRedirect` allows. Every failure comes back as a value.
 */
export async function fetchEndpoint(endpoint: EndpointId, url: string, context: FetchContext): Promise<EndpointExchange> {
  const redirects: { answer: HttpAnswer; to: string }[] = [];
  const done = (outcome: ExchangeOutcome): EndpointExchange => ({ endpoint, url, redirects, outcome });
  let current = url;
  for (;;) {
    const timeout = AbortSignal.timeout(context.requestTimeoutMs);
    const signal = AbortSignal.any([timeout, context.budget]);
    const failed = (error: unknown, answer: HttpAnswer | null): EndpointExchange => {
      const state = {
        budgetExpired: context.budget.aborted,
        requestTimedOut: timeout.aborted,
        requestTimeoutMs: context.requestTimeoutMs,
        budgetMs: context.budgetMs,
      };
      return done({ kind: 'failed', failure: classifyNetworkError(error, state), answer });
    };
    let response: Dispatcher.ResponseData;
    try {
      response = await request(current, {
        method: 'GET',
        headers: { 'user-agent': context.userAgent, accept: '*/*' },
        dispatcher: context.dispatcher,
        signal,
      });
    } catch (error) {
      return failed(error, null);
    }
    const answer: HttpAnswer = { url: current, status: response.statusCode, headers: headerMap(response.headers) };
    if (REDIRECTS.has(response.statusCode) && answer.headers.location !== undefined) {
      await discardBody(response.body, context.maxResponseBytes);
      const decision = judgeRedirect(current, answer.headers.location[0] ?? null, context.followRedirects);
      if ('refuse' in decision) return done({ kind: 'failed', failure: { kind: 'redirect-refused', target: decision.target, why: decision.refuse }, answer });
      if (redirects.length >= context.maxRedirects)
        return done({ kind: 'failed', failure: { kind: 'redirect-refused', target: decision.follow, why: 'too-many' }, answer });
      redirects.push({ answer, to: decision.follow });
      current = decision.follow;
      continue;
    }
    try {
      const body = await readCappedBody(response.body, response.headers, context.maxResponseBytes);
      if (body === null) return done({ kind: 'failed', failure: { kind: 'oversized', limitBytes: context.maxResponseBytes }, answer });
      return done({ kind: 'answer', answer, body });
    } catch (error) {
      return failed(error, answer);
    }
  }
}
