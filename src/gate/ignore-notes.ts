import type { IgnoreEntry } from './gate-policy.js';
import { isExpired } from './suppression.js';

/** Ignore entries worth a warning after a run: expired ones, and ones that suppressed nothing. */
export function ignoreNotes(entries: readonly IgnoreEntry[], asOf: string, used: ReadonlySet<IgnoreEntry>): string[] {
  return entries.flatMap((entry) => {
    if (isExpired(entry, asOf)) return [`${entry.where}: ignore entry for ${entry.id} expired on ${entry.expires}; it no longer suppresses anything`];
    return used.has(entry) ? [] : [`${entry.where}: ignore entry for ${entry.id} matched nothing`];
  });
}
