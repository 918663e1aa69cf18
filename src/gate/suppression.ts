import type { ExposedFix } from '../analyse/report.js';
import type { IgnoreEntry } from './gate-policy.js';
import { createHostScopeIndex } from './host-scope-index.js';

export interface Suppression {
  readonly reason: string;
  readonly expires: string | null;
}

export interface SuppressionMatcher {
  readonly suppressionFor: (fix: Pick<ExposedFix, 'id' | 'cves'>, host: string | null) => { entry: IgnoreEntry; suppression: Suppression } | null;
  readonly hostSpecific: boolean;
  /** Which host-scoped entries apply to a host: hosts with the same key are suppressed alike. */
  readonly hostKey: (host: string | null) => string;
}

export const isExpired = (entry: IgnoreEntry, asOf: string): boolean => entry.expires !== null && entry.expires < asOf;

/**
 * Finds the entry that suppresses a fix on a host: entries are looked up by id, and host-scoped
 * ones through an index of their globs, so the cost per host and fix does not grow with the
 * number of entries. The first matching entry in file order wins.
 */
export function suppressionMatcher(entries: readonly IgnoreEntry[], asOf: string): SuppressionMatcher {
  const active = entries.filter((entry) => !isExpired(entry, asOf)).map((entry, order) => ({ entry, order, id: entry.id.toUpperCase() }));
  const scoped = active.filter(({ entry }) => entry.matchesHost !== null);
  const scopesOf = createHostScopeIndex(scoped.map(({ entry }) => entry.matchesHost!));
  /** The first entry for every host, per id. */
  const firstForAll = new Map<string, (typeof active)[number]>();
  for (const candidate of active) if (candidate.entry.matchesHost === null && !firstForAll.has(candidate.id)) firstForAll.set(candidate.id, candidate);
  return {
    hostSpecific: scoped.length > 0,
    hostKey: (host) => (host === null || scoped.length === 0 ? '' : scopesOf(host).join(',')),
    suppressionFor(fix, host) {
      const ids = new Set([fix.id, ...fix.cves].map((id) => id.toUpperCase()));
      let best: (typeof active)[number] | null = null;
      for (const id of ids) {
        const candidate = firstForAll.get(id);
        if (candidate && (best === null || candidate.order < best.order)) best = candidate;
      }
      if (host !== null && scoped.length > 0) {
        for (const index of scopesOf(host)) {
          const candidate = scoped[index]!;
          if (ids.has(candidate.id) && (best === null || candidate.order < best.order)) best = candidate;
        }
      }
      return best ? { entry: best.entry, suppression: { reason: best.entry.reason, expires: best.entry.expires } } : null;
    },
  };
}
