import type { BuildClaim, Proof } from './build-claim.js';

export type Combination =
  { readonly agreed: true; readonly proves: Proof; readonly parts: readonly number[]; readonly build: string } | { readonly agreed: false };

const levelOf = (claim: BuildClaim): string => claim.parts.slice(0, 3).join('.');

/**
 * The most exact answer the claims allow. Exact claims must name the same build (a different
 * revision on the same CU is a disagreement: one source is stale or wrong); every claim must name
 * the same CU level (major.minor.build). A CU-level claim agrees with an exact build on that level.
 * Null when there are no claims.
 */
export function combineClaims(claims: readonly BuildClaim[]): Combination | null {
  if (claims.length === 0) return null;
  const exact = new Set(claims.filter((claim) => claim.proves === 'exact').map((claim) => claim.build));
  const levels = new Set(claims.map(levelOf));
  if (exact.size > 1 || levels.size > 1) return { agreed: false };
  const best = claims.find((claim) => claim.proves === 'exact');
  if (best) return { agreed: true, proves: 'exact', parts: best.parts, build: best.build };
  const parts = claims[0]!.parts.slice(0, 3);
  return { agreed: true, proves: 'cu-level', parts, build: parts.join('.') };
}
