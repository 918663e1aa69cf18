/**
 * The edit distance between two words (optimal string alignment: insertions, deletions, substitutions and
 * swaps of neighbours each count one), case-insensitive; stops early and returns `limit + 1` once the
 * distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  let previousBest = 0;
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    // A swap reaches back two rows: the distance can only stay above the limit once two rows in a row are above it.
    if (best > limit && previousBest > limit) return limit + 1;
    [before, previous, previousBest] = [previous, current, best];
  }
  return Math.min(previous[y.length]!, limit + 1);
}

/** How far a word may be from a name to count as a typo of it: one edit per four characters, at least one. */
export const typoLimit = (word: string): number => Math.max(1, Math.floor(word.length / 4));

/** The names within a typo of `word`, closest first (then nearest in length, then in the order given), at most `count`. */
export function findTypoMatches(word: string, names: Iterable<string>, count = 3): string[] {
  const limit = typoLimit(word);
  const scored: { name: string; distance: number; length: number; index: number }[] = [];
  let index = 0;
  for (const name of names) {
    const distance = editDistance(word, name, limit);
    if (distance <= limit && name.toLowerCase() !== word.toLowerCase()) scored.push({ name, distance, length: Math.abs(name.length - word.length), index });
    index += 1;
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.length - b.length || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.name);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function quoteAlternatives(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}
