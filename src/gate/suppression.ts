import type { ExposedFix } from '../analyse/report.js';
import type { IgnoreEntry } from './gate-policy.js';
import { createHostScopeIndex } from './host-scope-index.js';

export interface Suppression {
  readonly reason: string;
  readonly expires: string | null;
}

export interface SuppressionMatcher {
  readonly suppressionFor: (fix: ExposedFix, host: string | null) => { entry: IgnoreEntry; suppression: Suppression } | null;
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
  const active = entries.filter((entry) => !isExpired(entry, asOf));
  const scoped = active.filter((entry) => entry.matchesHost !== null);
  const scopedIndex = new Map(scoped.map((entry, index) => [entry, index]));
  const scopesOf = createHostScopeIndex(scoped.map((entry) => entry.matchesHost!));
  const byId = new Map<string, { entry: IgnoreEntry; order: number }[]>();
  active.forEach((entry, order) => {
    const id = entry.id.toUpperCase();
    const list = byId.get(id);
    if (list) list.push({ entry, order });
    else byId.set(id, [{ entry, order }]);
  });
  const applies = (entry: IgnoreEntry, host: string | null): boolean => {
    const index = scopedIndex.get(entry);
    return index === undefined || (host !== null && scopesOf(host).includes(index));
  };
  return {
    hostSpecific: scoped.length > 0,
    hostKey: (host) => (host === null || scoped.length === 0 ? '' : scopesOf(host).join(',')),
    suppressionFor(fix, host) {
      let best: { entry: IgnoreEntry; order: number } | null = null;
      for (const id of [fix.id, ...fix.cves]) {
        for (const candidate of byId.get(id.toUpperCase()) ?? []) {
          if (best !== null && candidate.order >= best.order) break;
          if (applies(candidate.entry, host)) {
            best = candidate;
            break;
          }
        }
      }
      return best ? { entry: best.entry, suppression: { reason: best.entry.reason, expires: best.entry.expires } } : null;
    },
  };
}
