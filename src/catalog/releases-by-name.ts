import type { Release } from './model.js';

/**
 * `Catalog.releasesByName` of a catalog whose products are read on first use (`revive-catalog.ts`):
 * which keys it has is known from the start, and looking one up reads only the product of the
 * release found. Listing the releases reads every product.
 */
export class ReleasesByName implements ReadonlyMap<string, Release> {
  /** Each key's release, as its product's index and its index among that product's releases. */
  readonly #where = new Map<string, readonly [number, number]>();
  readonly #releasesOf: (product: number) => readonly Release[];
  readonly #everything: () => ReadonlyMap<string, Release>;
  #all: ReadonlyMap<string, Release> | undefined;

  /** `keys`: per product, the keys of its releases in order (of two releases with one key, the later one counts, as in a Map). */
  constructor(keys: readonly (readonly string[])[], releasesOf: (product: number) => readonly Release[], everything: () => ReadonlyMap<string, Release>) {
    keys.forEach((productKeys, product) => productKeys.forEach((key, index) => this.#where.set(key, [product, index])));
    this.#releasesOf = releasesOf;
    this.#everything = everything;
  }

  get size(): number {
    return this.#where.size;
  }

  get(key: string): Release | undefined {
    const where = this.#where.get(key);
    return where && this.#releasesOf(where[0])[where[1]];
  }

  has(key: string): boolean {
    return this.#where.has(key);
  }

  keys(): MapIterator<string> {
    return this.#where.keys();
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

  #listed(): ReadonlyMap<string, Release> {
    return (this.#all ??= this.#everything());
  }
}
