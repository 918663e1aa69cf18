import type { IgnoreEntry } from './gate-policy.js';
import { isExpired } from './suppression.js';

/** Ignore entries worth a warning after a run: ids the catalog does not know, expired entries, and ones that suppressed nothing. */
export function ignoreNotes(
  entries: readonly IgnoreEntry[],
  asOf: string,
  used: ReadonlySet<IgnoreEntry>,
  known: (id: string) => boolean = () => true,
): string[] {
  return entries.flatMap((entry) => {
    if (!known(entry.id)) return [`${entry.where}: ignore entry for ${entry.id}: ${entry.id} is not in the catalog (check the id), so it suppresses nothing`];
    if (isExpired(entry, asOf)) return [`${entry.where}: ignore entry for ${entry.id} expired on ${entry.expires}; it no longer suppresses anything`];
    return used.has(entry) ? [] : [`${entry.where}: ignore entry for ${entry.id} matched nothing`];
  });
}
