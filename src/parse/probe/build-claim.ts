import type { EndpointId } from '../../shared/probe-endpoints.js';

export type Proof = 'exact' | 'cu-level';
export type ClaimSource = 'export-tool-manifest' | 'x-owa-version' | 'static-file-paths';

/** One piece of evidence: a build (four parts, exact) or a CU level (three parts) and where it came from. */
export interface BuildClaim {
  readonly endpoint: EndpointId;
  readonly source: ClaimSource;
  readonly proves: Proof;
  readonly parts: readonly number[];
  readonly build: string;
}

/** What a reader found in one response: claims, or a sentence saying why none. */
export interface Reading {
  readonly claims: readonly Omit<BuildClaim, 'endpoint'>[];
  readonly note: string;
  /** Signs that the server is Exchange, even when it names no build. */
  readonly markers: readonly string[];
}

const MAX_PART = 65535;

/** `15.2.1544.14` (exact) or `15.2.1544` (CU level) as parts, or null. */
export function readVersionText(text: string, parts: 3 | 4): number[] | null {
  const pieces = text.trim().split('.');
  if (pieces.length !== parts || pieces.some((piece) => !/^\d{1,5}$/.test(piece))) return null;
  const numbers = pieces.map(Number);
  return numbers.some((part) => part > MAX_PART) ? null : numbers;
}

export const claimOf = (source: ClaimSource, proves: Proof, parts: readonly number[]): Omit<BuildClaim, 'endpoint'> => ({
  source,
  proves,
  parts,
  build: parts.join('.'),
});
