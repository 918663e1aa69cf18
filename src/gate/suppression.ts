import type { ExposedFix } from '../core/report.js';
import type { IgnoreEntry } from './gate-policy.js';

export interface Suppression {
  readonly reason: string;
  readonly expires: string | null;
}

export interface SuppressionMatcher {
  readonly suppressionFor: (fix: ExposedFix, host: string | null) => { entry: IgnoreEntry; suppression: Suppression } | null;
  readonly hostSpecific: boolean;
}

export const isExpired = (entry: IgnoreEntry, asOf: string): boolean => entry.expires !== null && entry.expires < asOf;

export function suppressionMatcher(entries: readonly IgnoreEntry[], asOf: string): SuppressionMatcher {
  const active = entries
    .filter((entry) => !isExpired(entry, asOf))
    .map((entry) => ({ entry, id: entry.id.toUpperCase(), matchesHost: entry.matchesHost }));
  return {
    hostSpecific: active.some((candidate) => candidate.matchesHost !== null),
    suppressionFor(fix, host) {
      const ids = [fix.id.toUpperCase(), ...fix.cves.map((cve) => cve.toUpperCase())];
      const match = active.find((candidate) => ids.includes(candidate.id) && (candidate.matchesHost === null || (host !== null && candidate.matchesHost(host))));
      return match ? { entry: match.entry, suppression: { reason: match.entry.reason, expires: match.entry.expires } } : null;
    },
  };
}
