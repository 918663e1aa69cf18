import type { HostGlob } from './host-glob.js';

const CACHED_HOSTS = 10_000;

/**
 * Which of many host globs match a host name, in time that does not grow with their number:
 * plain names are looked up, globs with a plain start (or end) are found by the host's prefixes
 * (or suffixes), and only the few that start and end with a wildcard are tried on every host.
 * Answers are cached per host name.
 */
export function createHostScopeIndex(globs: readonly HostGlob[]): (host: string) => readonly number[] {
  const exact = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const bySuffix = new Map<string, number[]>();
  const everywhere: number[] = [];
  const add = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  globs.forEach((glob, index) => {
    for (const alternative of glob.alternatives) {
      const plain = !alternative.hasStar && alternative.literalPrefix.length === alternative.pieces[0]!.length;
      if (plain) add(exact, alternative.literalPrefix, index);
      else if (alternative.literalPrefix !== '') add(byPrefix, alternative.literalPrefix, index);
      else if (alternative.hasStar && alternative.literalSuffix !== '') add(bySuffix, alternative.literalSuffix, index);
      else everywhere.push(index);
    }
  });
  const longest = (map: Map<string, number[]>): number => Math.max(0, ...[...map.keys()].map((key) => key.length));
  const longestPrefix = longest(byPrefix);
  const longestSuffix = longest(bySuffix);
  const cache = new Map<string, readonly number[]>();
  return (host) => {
    const name = host.toLowerCase();
    const known = cache.get(name);
    if (known) return known;
    const candidates = new Set<number>([...(exact.get(name) ?? []), ...everywhere]);
    for (let length = 1; length <= Math.min(longestPrefix, name.length); length++)
      for (const index of byPrefix.get(name.slice(0, length)) ?? []) candidates.add(index);
    for (let length = 1; length <= Math.min(longestSuffix, name.length); length++)
      for (const index of bySuffix.get(name.slice(-length)) ?? []) candidates.add(index);
    const matching = [...candidates].filter((index) => globs[index]!.matches(name)).sort((a, b) => a - b);
    if (cache.size >= CACHED_HOSTS) cache.clear();
    cache.set(name, matching);
    return matching;
  };
}
