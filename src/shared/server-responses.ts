import type { EndpointId } from './probe-endpoints.js';

/** A server to probe: scheme, host and port only. */
export interface ProbeTarget {
  /** What the caller gave, trimmed. */
  readonly input: string;
  /** `https://mail.contoso.com`, `http://host:8080`, `https://[2001:db8::1]`. */
  readonly origin: string;
  readonly hostname: string;
  /** The effective port: 443 or 80 when none is written. */
  readonly port: number;
  readonly secure: boolean;
}

/** Response headers by lower-case name; a header sent twice keeps both values. */
export type HeaderMap = Readonly<Record<string, readonly string[]>>;

export interface HttpAnswer {
  readonly url: string;
  readonly status: number;
  readonly headers: HeaderMap;
}

export type UnreachableCause = 'dns' | 'refused' | 'reset' | 'timeout' | 'budget' | 'network' | 'proxy' | 'other';
export type TlsProblem = 'untrusted' | 'hostname-mismatch' | 'expired' | 'not-yet-valid' | 'handshake' | 'other';
export type RedirectRefusal = 'other-host' | 'https-to-http' | 'not-http' | 'credentials' | 'too-many';

/** Why a request produced no usable answer. */
export type TransportFailure =
  | { readonly kind: 'unreachable'; readonly cause: UnreachableCause; readonly detail: string }
  | { readonly kind: 'tls'; readonly problem: TlsProblem; readonly detail: string }
  | { readonly kind: 'oversized'; readonly limitBytes: number }
  | { readonly kind: 'redirect-refused'; readonly target: string; readonly why: RedirectRefusal }
  | { readonly kind: 'not-tried'; readonly why: 'budget' | 'unreachable' };

export type ExchangeOutcome =
  | { readonly kind: 'answer'; readonly answer: HttpAnswer; readonly body: Uint8Array }
  /** `answer` is the last HTTP answer seen, when there was one (an oversized body, a refused redirect). */
  | { readonly kind: 'failed'; readonly failure: TransportFailure; readonly answer: HttpAnswer | null };

/** Everything one endpoint's GET (and the same-host redirects it followed) brought back. */
export interface EndpointExchange {
  readonly endpoint: EndpointId;
  readonly url: string;
  /** The redirects followed, in order: each answer and the URL requested next. */
  readonly redirects: readonly { readonly answer: HttpAnswer; readonly to: string }[];
  readonly outcome: ExchangeOutcome;
}

export type RootSource = 'bundled' | 'node-extra-ca-certs' | 'system' | 'caller';

/** How server certificates were checked: `verified: false` means --insecure, which every output must say. */
export interface TlsSummary {
  readonly verified: boolean;
  readonly roots: readonly RootSource[];
}

/** The raw material of one probe, for the parser. */
export interface ServerResponses {
  readonly target: ProbeTarget;
  readonly tls: TlsSummary;
  readonly exchanges: readonly EndpointExchange[];
}

export const headerValues = (headers: HeaderMap, name: string): readonly string[] => headers[name.toLowerCase()] ?? [];
