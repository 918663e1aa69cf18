import { combineClaims } from './combine-claims.js';
import type { ProbeFailure, ProbeResult } from './probe-result.js';
import { readEndpoint } from './read-endpoint.js';
import type { ServerResponses } from '../../shared/server-responses.js';

/**
 * Turns what the endpoints answered into one result: the most exact build they agree on, or a
 * typed reason. Without any claim, the order is: Exchange markers seen (no build revealed); a
 * transport failure (unreachable, TLS, oversized, a refused redirect); an HTTP error other than
 * 404/410 (the server may hide Exchange behind it); otherwise not Exchange.
 */
export function readProbe(responses: ServerResponses): ProbeResult {
  const endpoints = responses.exchanges.map(readEndpoint);
  const base = { input: responses.target.input, origin: responses.target.origin, tls: responses.tls, endpoints };
  const claims = endpoints.flatMap((endpoint) => endpoint.revealed);
  const combined = combineClaims(claims);
  if (combined?.agreed) return { ...base, ok: true, build: combined.build, parts: combined.parts, proves: combined.proves, basis: claims };
  const fail = (failure: ProbeFailure): ProbeResult => ({ ...base, ok: false, failure });
  if (combined) return fail({ kind: 'disagreement', claims });
  const markers = [...new Set(endpoints.flatMap((endpoint) => endpoint.markers))];
  if (markers.length > 0) return fail({ kind: 'no-build-revealed', markers });
  for (const { failure } of endpoints) {
    if (failure !== null && failure.kind !== 'not-tried') return fail(failure);
  }
  const error = endpoints.find((endpoint) => endpoint.status !== null && endpoint.status >= 400 && endpoint.status !== 404 && endpoint.status !== 410);
  if (error) return fail({ kind: 'http-status', status: error.status!, url: error.redirects.at(-1) ?? error.url });
  return fail({ kind: 'not-exchange' });
}
