import { contentsResolver } from './contents.js';
import { fixKey, type Catalog, type CatalogSource, type Fix, type Line, type Product, type Release } from './model.js';

/**
 * A catalog model as JSON can hold it: every reference an index, every build parsed, every order
 * and index already worked out. `npm run build` writes the embedded catalog in this form, so a
 * check revives the model without parsing, sorting or resolving anything. It carries exactly what
 * `buildCatalogModel` makes (a test compares the two on every catalog the tests have); a field
 * added to the model is added here too.
 */
export interface CompactCatalog {
  readonly source: CatalogSource;
  readonly sources: readonly CatalogSource[];
  readonly products: readonly CompactProduct[];
  /** Every line of every product; a line's releases are indexes into `releases`, lowest build first. */
  readonly lines: readonly CompactLine[];
  readonly releases: readonly CompactRelease[];
  /** `releasesByName`, each release by its index. */
  readonly releasesByName: readonly (readonly [string, number])[];
  /** Per product: `shippersOf` for every fix key a release of the product lists. */
  readonly shippers: readonly (readonly (readonly [string, readonly number[]])[])[];
  readonly fixes: readonly Fix[];
  /** `fixKeysFor` answered for every fix key and every CVE a fix covers; any other id names nothing. */
  readonly fixKeys: readonly (readonly [string, readonly string[]])[];
}

interface CompactProduct extends Omit<Product, 'lines' | 'releases' | 'shippersOf'> {
  readonly lines: readonly number[];
  readonly releases: readonly number[];
}

interface CompactLine extends Omit<Line, 'product' | 'releases' | 'base'> {
  readonly product: number;
  readonly releases: readonly number[];
}

interface CompactRelease extends Omit<Release, 'replaces' | 'replacements' | 'includedIn' | 'line' | 'product'> {
  readonly replaces: number | null;
  readonly replacements: readonly number[];
  readonly includedIn: number | null;
  readonly line: number;
  readonly product: number;
}

/** The compact form of a model (at build time). */
export function compactCatalog(catalog: Catalog): CompactCatalog {
  const allLines = catalog.products.flatMap((product) => product.lines);
  const allReleases = catalog.products.flatMap((product) => product.releases);
  const indexes = <T>(items: readonly T[]): ((item: T) => number) => {
    const map = new Map(items.map((item, index) => [item, index]));
    return (item) => map.get(item)!;
  };
  const lineIndex = indexes(allLines);
  const releaseIndex = indexes(allReleases);
  const productIndex = indexes(catalog.products);
  const releases = allReleases.map(
    ({ replaces, replacements, includedIn, line, product, ...release }): CompactRelease => ({
      ...release,
      replaces: replaces && releaseIndex(replaces),
      replacements: replacements.map(releaseIndex),
      includedIn: includedIn && releaseIndex(includedIn),
      line: lineIndex(line),
      product: productIndex(product),
    }),
  );
  const products = catalog.products.map(
    ({ lines, releases: productReleases, shippersOf, ...product }): CompactProduct => (
      void shippersOf, { ...product, lines: lines.map(lineIndex), releases: productReleases.map(releaseIndex) }
    ),
  );
  const shippers = catalog.products.map((product) =>
    [...new Set(product.releases.flatMap((release) => release.fixIds))].map((key): [string, number[]] => [key, product.shippersOf(key).map(releaseIndex)]),
  );
  const lines = allLines.map(
    ({ product, releases: lineReleases, base, ...line }): CompactLine => (void base, { ...line, product: productIndex(product), releases: lineReleases.map(releaseIndex) }),
  );
  const releasesByName = [...catalog.releasesByName].map(([key, release]): [string, number] => [key, releaseIndex(release)]);
  const ids = new Set([...catalog.fixes.keys(), ...[...catalog.fixes.values()].flatMap((fix) => fix.cves.map(fixKey))]);
  const fixKeys = [...ids].map((id): [string, readonly string[]] => [id, catalog.fixKeysFor(id)]).filter(([, keys]) => keys.length > 0);
  return { source: catalog.source, sources: catalog.sources, products, lines, releases, releasesByName, shippers, fixes: [...catalog.fixes.values()], fixKeys };
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** The model of a compact catalog (at run time): the parsed JSON's own objects become the model's, their references put back. */
export function reviveCatalog(compact: CompactCatalog): Catalog {
  const releases = compact.releases as unknown as Draft<Release>[];
  const lines = compact.lines as unknown as Draft<Line>[];
  const products = compact.products as unknown as Draft<Product>[];
  const releaseAt = (index: number): Release => releases[index]!;
  const indexesOf = (value: unknown): number[] => value as number[];
  products.forEach((product, index) => {
    const shippers = new Map(compact.shippers[index]!.map(([key, shipping]) => [key, shipping.map(releaseAt)]));
    product.lines = indexesOf(product.lines).map((line) => lines[line]!);
    product.releases = indexesOf(product.releases).map(releaseAt);
    product.shippersOf = (key) => shippers.get(key) ?? [];
  });
  for (const line of lines) {
    line.product = products[line.product as unknown as number]!;
    line.releases = indexesOf(line.releases).map(releaseAt);
    line.base = line.releases[0]!;
  }
  for (const release of releases) {
    release.replaces = release.replaces === null ? null : releaseAt(release.replaces as unknown as number);
    release.replacements = indexesOf(release.replacements).map(releaseAt);
    release.includedIn = release.includedIn === null ? null : releaseAt(release.includedIn as unknown as number);
    release.line = lines[release.line as unknown as number]!;
    release.product = products[release.product as unknown as number]!;
  }
  const fixKeys = new Map(compact.fixKeys);
  return {
    source: compact.source,
    sources: compact.sources,
    products,
    fixes: new Map(compact.fixes.map((fix) => [fixKey(fix.id), fix])),
    releasesByName: new Map(compact.releasesByName.map(([key, index]) => [key, releaseAt(index)])),
    fixKeysFor: (id) => fixKeys.get(fixKey(id)) ?? [],
    contentsOf: contentsResolver(),
  };
}
