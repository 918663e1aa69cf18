import type { EndpointId } from '../../shared/probe-endpoints.js';
import type { RootSource, TransportFailure } from '../../shared/server-responses.js';
import type { ClaimSource, Proof } from './build-claim.js';
import type { ProbeResult } from './probe-result.js';

/** One endpoint as reports show it: what was asked, what came back, what it revealed, or why nothing. */
export interface EndpointEvidence {
  readonly endpoint: EndpointId;
  readonly url: string;
  /** Same-host redirect targets that were followed, in order. */
  readonly redirects: readonly string[];
  /** The final HTTP status; null when no final answer came. */
  readonly status: number | null;
  readonly failure: TransportFailure | null;
  readonly revealed: readonly { readonly source: ClaimSource; readonly proves: Proof; readonly build: string }[];
  /** Signs that the server is Exchange. */
  readonly markers: readonly string[];
  readonly note: string;
}

/** What a probe found, for `input.probe` in reports: the target, what it proved, how TLS was checked, every endpoint tried. */
export interface ProbeEvidence {
  /** The server as given. */
  readonly target: string;
  /** The origin probed; null when the target could not be read. */
  readonly origin: string | null;
  /** What the endpoints agreed on: four parts when exact, three for a CU level; null when they gave no build. */
  readonly build: string | null;
  readonly proves: Proof | null;
  /** `verified: false` with --insecure; null when nothing was sent. */
  readonly tls: { readonly verified: boolean; readonly roots: readonly RootSource[] } | null;
  readonly endpoints: readonly EndpointEvidence[];
}

export function probeEvidence(result: ProbeResult): ProbeEvidence {
  return {
    target: result.input,
    origin: result.origin,
    build: result.ok ? result.build : null,
    proves: result.ok ? result.proves : null,
    tls: result.tls === null ? null : { verified: result.tls.verified, roots: result.tls.roots },
    endpoints: result.endpoints.map((endpoint) => ({
      endpoint: endpoint.endpoint,
      url: endpoint.url,
      redirects: endpoint.redirects,
      status: endpoint.status,
      failure: endpoint.failure,
      revealed: endpoint.revealed.map((claim) => ({ source: claim.source, proves: claim.proves, build: claim.build })),
      markers: endpoint.markers,
      note: endpoint.note,
    })),
  };
}
