import { PROBE_ENDPOINTS } from '../../shared/probe-endpoints.js';
import type { EndpointExchange, ProbeTarget, ServerResponses } from '../../shared/server-responses.js';
import { createHttpDispatcher } from '../http/http-dispatcher.js';
import { fetchEndpoint } from './fetch-endpoint.js';
import { PROBE_DEFAULTS, probeUserAgent, type ProbeOptions } from './probe-options.js';
import { prepareTlsTrust, type TlsTrust } from '../http/tls-trust.js';

/** A failure at the origin itself (not after a redirect) that every other endpoint would meet too. */
function originUnusable(exchange: EndpointExchange): boolean {
  const { outcome } = exchange;
  if (outcome.kind !== 'failed' || exchange.redirects.length > 0) return false;
  const { failure } = outcome;
  return failure.kind === 'tls' || (failure.kind === 'unreachable' && ['dns', 'refused', 'network', 'proxy'].includes(failure.cause));
}

/**
 * Sends the probe's GETs to one server, one after the other (so a server never sees more than one
 * connection from a probe), and returns what came back, for `readProbe`. The connections live only
 * as long as the probe. Once the budget runs out, or the server turns out unreachable, the remaining
 * endpoints are reported as not tried. Never throws for a network problem.
 */
export async function probeServer(
  target: ProbeTarget,
  options: ProbeOptions,
  trust: TlsTrust = prepareTlsTrust(options, undefined, options.env),
): Promise<ServerResponses> {
  const budgetMs = options.budgetMs ?? PROBE_DEFAULTS.budgetMs;
  const budget = AbortSignal.timeout(budgetMs);
  const dispatcher = createHttpDispatcher(trust, options.env);
  const context = {
    dispatcher,
    userAgent: probeUserAgent(options.clientVersion),
    requestTimeoutMs: options.requestTimeoutMs ?? PROBE_DEFAULTS.requestTimeoutMs,
    budget,
    budgetMs,
    maxResponseBytes: options.maxResponseBytes ?? PROBE_DEFAULTS.maxResponseBytes,
    maxRedirects: options.maxRedirects ?? PROBE_DEFAULTS.maxRedirects,
    followRedirects: options.followRedirects ?? false,
  };
  const exchanges: EndpointExchange[] = [];
  let skip: 'budget' | 'unreachable' | null = null;
  try {
    for (const endpoint of PROBE_ENDPOINTS) {
      const url = `${target.origin}${endpoint.path}`;
      skip ??= budget.aborted ? 'budget' : null;
      if (skip !== null) {
        exchanges.push({ endpoint: endpoint.id, url, redirects: [], outcome: { kind: 'failed', failure: { kind: 'not-tried', why: skip }, answer: null } });
        continue;
      }
      const exchange = await fetchEndpoint(endpoint.id, url, context);
      exchanges.push(exchange);
      if (originUnusable(exchange)) skip = 'unreachable';
    }
  } finally {
    await dispatcher.destroy();
  }
  return { target, tls: trust.summary, exchanges };
}
