import type { BuildClaim, Proof } from './build-claim.js';
import type { EndpointId } from '../../shared/probe-endpoints.js';
import type { InvalidTarget } from './probe-target.js';
import type { TlsSummary, TransportFailure } from '../../shared/server-responses.js';

/** What one endpoint gave: its status or failure, the builds it revealed, or why none. */
export interface EndpointResult {
  readonly endpoint: EndpointId;
  readonly url: string;
  /** Same-host redirect targets that were followed, in order. */
  readonly redirects: readonly string[];
  /** The final HTTP status; null when no final answer came. */
  readonly status: number | null;
  readonly failure: TransportFailure | null;
  readonly revealed: readonly BuildClaim[];
  readonly markers: readonly string[];
  /** A sentence: what it revealed, or why not. */
  readonly note: string;
}

/** Why a probe gives no build. */
export type ProbeFailure =
  | InvalidTarget
  | Exclude<TransportFailure, { readonly kind: 'not-tried' }>
  | { readonly kind: 'http-status'; readonly status: number; readonly url: string }
  | { readonly kind: 'not-exchange' }
  | { readonly kind: 'no-build-revealed'; readonly markers: readonly string[] }
  | { readonly kind: 'disagreement'; readonly claims: readonly BuildClaim[] }
  | { readonly kind: 'internal'; readonly detail: string };

interface ProbeReport {
  /** The target as the caller wrote it. */
  readonly input: string;
  /** The normalised origin probed; null for a target that could not be read. */
  readonly origin: string | null;
  /** Null when nothing was sent. */
  readonly tls: TlsSummary | null;
  readonly endpoints: readonly EndpointResult[];
}

export interface ProbeSuccess extends ProbeReport {
  readonly ok: true;
  /** `15.2.1544.14` when exact, `15.2.1544` when only the CU level is known. */
  readonly build: string;
  readonly parts: readonly number[];
  readonly proves: Proof;
  /** Every claim, all agreeing. */
  readonly basis: readonly BuildClaim[];
}

export interface ProbeRefusal extends ProbeReport {
  readonly ok: false;
  readonly failure: ProbeFailure;
}

export type ProbeResult = ProbeSuccess | ProbeRefusal;

export const refusal = (input: string, failure: ProbeFailure): ProbeRefusal => ({ ok: false, input, origin: null, tls: null, endpoints: [], failure });
