import type { Release } from './model.js';

/**
 * `Catalog.releasesByName` of a catalog whose products are read on first use (`revive-catalog.ts`).
 * It answers from each product's release keys, one text per product (`keyLines`), so that a check
 * makes no key or map of its own: looking a key up reads only the product of the release found,
 * and listing the releases reads every product. Keys are unique (the catalog rules see to it).
 */
export class ReleasesByName implements ReadonlyMap<string, Release> {
  readonly #keys: readonly string[];
  readonly #releasesOf: (product: number) => readonly Release[];
  readonly #everything: () => ReadonlyMap<string, Release>;
  #all: ReadonlyMap<string, Release> | undefined;

  /** `keys`: per product, its releases' keys in the order of its releases, as `keyLines` writes them. */
  constructor(keys: readonly string[], releasesOf: (product: number) => readonly Release[], everything: () => ReadonlyMap<string, Release>) {
    this.#keys = keys;
    this.#releasesOf = releasesOf;
    this.#everything = everything;
  }

  get size(): number {
    return this.#keyList().length;
  }

  get(key: string): Release | undefined {
    const line = `\n${key}\n`;
    for (const [product, keys] of this.#keys.entries()) {
      const at = keys.indexOf(line);
      if (at >= 0) return this.#releasesOf(product)[countLineBreaks(keys, at)];
    }
    return undefined;
  }

  has(key: string): boolean {
    const line = `\n${key}\n`;
    return this.#keys.some((keys) => keys.includes(line));
  }

  keys(): MapIterator<string> {
    return this.#keyList().values();
  }

  values(): MapIterator<Release> {
    return this.#listed().values();
  }

  entries(): MapIterator<[string, Release]> {
    return this.#listed().entries();
  }

  [Symbol.iterator](): MapIterator<[string, Release]> {
    return this.#listed()[Symbol.iterator]();
  }

  forEach(callback: (value: Release, key: string, map: ReadonlyMap<string, Release>) => void, thisArg?: unknown): void {
    this.#listed().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  #keyList(): string[] {
    return this.#keys.flatMap((keys) => (keys === '' ? [] : keys.slice(1, -1).split('\n')));
  }

  #listed(): ReadonlyMap<string, Release> {
    return (this.#all ??= this.#everything());
  }
}

/** How many line breaks the text has before `end`. */
function countLineBreaks(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
