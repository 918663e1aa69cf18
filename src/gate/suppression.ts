import type { ExposedFix } from '../analyse/report.js';
import type { IgnoreEntry } from './gate-policy.js';

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

export function suppressionMatcher(entries: readonly IgnoreEntry[], asOf: string): SuppressionMatcher {
  const active = entries.filter((entry) => !isExpired(entry, asOf)).map((entry) => ({ entry, id: entry.id.toUpperCase(), matchesHost: entry.matchesHost }));
  const scoped = active.filter((candidate) => candidate.matchesHost !== null);
  return {
    hostSpecific: scoped.length > 0,
    hostKey: (host) => scoped.map((candidate) => (host !== null && candidate.matchesHost!(host) ? '1' : '0')).join(''),
    suppressionFor(fix, host) {
      const ids = [fix.id.toUpperCase(), ...fix.cves.map((cve) => cve.toUpperCase())];
      const match = active.find(
        (candidate) => ids.includes(candidate.id) && (candidate.matchesHost === null || (host !== null && candidate.matchesHost(host))),
      );
      return match ? { entry: match.entry, suppression: { reason: match.entry.reason, expires: match.entry.expires } } : null;
    },
  };
}
