import type { CompactFix, CompactHeader, CompactProductPart, CompactRelease } from './compact-model.js';
import { contentsResolver } from './contents.js';
import { fixKeyResolver } from './fix-keys.js';
import { fixKey, type Catalog, type Fix, type Line, type Product, type Release } from './model.js';
import { releasesByNameOf, shippersByFix } from './release-indexes.js';
import { ReleasesByName } from './releases-by-name.js';

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** What an empty list or map of the model is, revived: one shared value, as nothing writes to the model. */
const NONE: readonly never[] = [];
const NO_ENTRIES: ReadonlyMap<string, never> = new Map<string, never>();

/** The fields of a product that its part of the text holds. */
const PART_FIELDS = ['successor', 'lines', 'releases'] as const;

/** One element of the compact text, which has one a line, without the comma that separates it from the next. */
const parseElement = (line: string): unknown => JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);

/**
 * The model of a compact catalog text (`compact-model.ts`), at run time. The header is parsed at
 * once; a product's lines and releases when the product's `lines`, `releases` or `successor` is
 * first read (or its `shippersOf` asked for a fix it ships, or `releasesByName` for one of its
 * releases). The parsed JSON's own objects become the model's, their references put back in place.
 */
export function reviveCatalog(text: string): Catalog {
  const elements = text.split('\n').slice(1, -2);
  const header = parseElement(elements[0]!) as CompactHeader;
  const products = header.products as unknown as Draft<Product>[];
  const partTexts: (string | undefined)[] = elements.slice(1);
  const read: Release[][] = [];

  /** A product's releases, its part of the text parsed and revived on the first call. */
  const releasesOf = (index: number): readonly Release[] => {
    const known = read[index];
    if (known) return known;
    const product = products[index]!;
    const part = parseElement(partTexts[index]!) as CompactProductPart;
    partTexts[index] = undefined;
    const releases = part.releases as unknown as Draft<Release>[];
    const lines = part.lines as unknown as Draft<Line>[];
    read[index] = releases;
    const { successor } = part;
    Object.defineProperties(product, {
      successor: { value: successor && { ...successor, product: products[successor.product]!, fromLines: successor.fromLines?.map((at) => lines[at]!) ?? null } },
      lines: { value: lines },
      releases: { value: releases },
    });
    for (const line of lines) {
      line.product = product;
      line.releases = (line.releases as unknown as number[]).map((at) => releases[at]!);
      line.base = line.releases[0]!;
    }
    const at = (position: number | null): Release | null => (position === null ? null : releases[position]!);
    for (const release of releases) {
      const compact = release as unknown as CompactRelease;
      release.replaces = at(compact.replaces);
      release.replacements = compact.replacements.length === 0 ? NONE : compact.replacements.map((position) => releases[position]!);
      release.includedIn = at(compact.includedIn);
      release.inherits = compact.inherits && releasesOf(compact.inherits[0])[compact.inherits[1]]!;
      release.line = lines[compact.line]!;
      release.product = product;
      release.publicFixIds = compact.publicFixIds ?? release.fixIds;
      release.fixList = header.fixLists[compact.fixList]!;
      if (release.uncertainFixIds.length === 0) release.uncertainFixIds = NONE;
    }
    return releases;
  };

  products.forEach((product, index) => {
    for (const field of PART_FIELDS) Object.defineProperty(product, field, { get: () => (releasesOf(index), product[field]), enumerable: true, configurable: true });
    let shippers: ReadonlyMap<string, readonly Release[]> | undefined;
    product.shippersOf = (key) => {
      if (shippers === undefined && read[index] === undefined && !header.fixKeys[index]!.includes(`\n${key}\n`)) return NONE;
      return (shippers ??= shippersByFix(releasesOf(index))).get(key) ?? NONE;
    };
    product.predecessors = (product.predecessors as unknown as number[]).map((at) => products[at]!);
  });
  const fixes = new Map<string, Fix>();
  for (const fix of header.fixes as unknown as Draft<Fix>[]) {
    const { cvesByProduct, notesByProduct } = fix as unknown as CompactFix;
    fix.cvesByProduct = cvesByProduct.length === 0 ? NO_ENTRIES : new Map(cvesByProduct);
    fix.notesByProduct = notesByProduct.length === 0 ? NO_ENTRIES : new Map(notesByProduct);
    fixes.set(fixKey(fix.id), fix);
  }
  return {
    source: header.source,
    sources: header.sources,
    products,
    fixes,
    releasesByName: new ReleasesByName(header.releaseKeys, releasesOf, () => releasesByNameOf(products)),
    fixKeysFor: fixKeyResolver(fixes),
    contentsOf: contentsResolver(),
  };
}
