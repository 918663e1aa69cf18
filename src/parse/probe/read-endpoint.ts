import type { BuildClaim, Reading } from './build-claim.js';
import { decodeBody } from './decode-body.js';
import { describeTransportFailure } from './describe-probe.js';
import { headerMarkers } from './exchange-markers.js';
import { PROBE_ENDPOINTS } from '../../shared/probe-endpoints.js';
import type { EndpointResult } from './probe-result.js';
import { readExportToolManifest } from './read-export-tool-manifest.js';
import { readLogonPage } from './read-logon-page.js';
import { readOwaVersionHeader } from './read-owa-version-header.js';
import type { EndpointExchange, HttpAnswer } from '../../shared/server-responses.js';

const unique = (items: readonly string[]): string[] => [...new Set(items)];

const MANIFEST_PATH = PROBE_ENDPOINTS[0].path;

/** The manifest reader for the manifest's own URL; anything else (the sign-in page a redirect led to, say) is read as a page. */
function readBody(answer: HttpAnswer, body: Uint8Array): Reading {
  const text = decodeBody(body);
  return new URL(answer.url).pathname === MANIFEST_PATH ? readExportToolManifest(text) : readLogonPage(text);
}

/**
 * Reads one endpoint's answers: the X-OWA-Version header of every answer in the chain, and the
 * body of a final 2xx answer (the manifest at the manifest's URL, versioned paths in any page).
 */
export function readEndpoint(exchange: EndpointExchange): EndpointResult {
  const { outcome } = exchange;
  const final: HttpAnswer | null = outcome.answer;
  const followed = exchange.redirects.map((redirect) => redirect.answer);
  const answers = final === null ? followed : [...followed, final];
  const header = readOwaVersionHeader(answers);
  const body = outcome.kind === 'answer' && outcome.answer.status >= 200 && outcome.answer.status < 300 ? readBody(outcome.answer, outcome.body) : null;
  const readings = [header, ...(body ? [body] : [])];
  const revealed: BuildClaim[] = readings.flatMap((reading) => reading.claims.map((claim) => ({ ...claim, endpoint: exchange.endpoint })));
  const markers = unique([...answers.flatMap(headerMarkers), ...readings.flatMap((reading) => reading.markers)]);
  const telling = readings.filter((reading) => reading.claims.length > 0);
  const status = outcome.kind === 'answer' ? outcome.answer.status : null;
  const notes =
    outcome.kind === 'failed'
      ? [describeTransportFailure(outcome.failure), ...telling.map((reading) => reading.note)]
      : telling.length > 0
        ? telling.map((reading) => reading.note)
        : [
            ...(status !== null && (status < 200 || status >= 300) ? [`HTTP ${status}`] : []),
            ...(exchange.endpoint === 'owa' || header.markers.length > 0 ? [header.note] : []),
            ...(body ? [body.note] : []),
          ];
  return {
    endpoint: exchange.endpoint,
    url: exchange.url,
    redirects: exchange.redirects.map((redirect) => redirect.to),
    status,
    failure: outcome.kind === 'failed' ? outcome.failure : null,
    revealed,
    markers,
    note: notes.join('; '),
  };
}
