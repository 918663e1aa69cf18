import { contentsResolver } from './contents.js';
import { fixKeyResolver } from './fix-keys.js';
import { fixKey, type Catalog, type CatalogSource, type Fix, type Line, type Product, type Release, type Succession } from './model.js';

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
  readonly fixes: readonly CompactFix[];
}

interface CompactFix extends Omit<Fix, 'cvesByProduct' | 'notesByProduct'> {
  readonly cvesByProduct: readonly (readonly [string, readonly string[]])[];
  readonly notesByProduct: readonly (readonly [string, string])[];
}

interface CompactSuccession extends Omit<Succession, 'product' | 'fromLines'> {
  readonly product: number;
  readonly fromLines: readonly number[] | null;
}

interface CompactProduct extends Omit<Product, 'lines' | 'releases' | 'shippersOf' | 'successor' | 'predecessors'> {
  readonly lines: readonly number[];
  readonly releases: readonly number[];
  readonly successor: CompactSuccession | null;
  readonly predecessors: readonly number[];
}

interface CompactLine extends Omit<Line, 'product' | 'releases' | 'base'> {
  readonly product: number;
  readonly releases: readonly number[];
}

interface CompactRelease extends Omit<Release, 'replaces' | 'replacements' | 'includedIn' | 'inherits' | 'line' | 'product'> {
  readonly replaces: number | null;
  readonly replacements: readonly number[];
  readonly includedIn: number | null;
  readonly inherits: number | null;
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
    ({ replaces, replacements, includedIn, inherits, line, product, ...release }): CompactRelease => ({
      ...release,
      replaces: replaces && releaseIndex(replaces),
      replacements: replacements.map(releaseIndex),
      includedIn: includedIn && releaseIndex(includedIn),
      inherits: inherits && releaseIndex(inherits),
      line: lineIndex(line),
      product: productIndex(product),
    }),
  );
  const products = catalog.products.map(
    ({ lines, releases: productReleases, shippersOf, successor, predecessors, ...product }): CompactProduct => (
      void shippersOf,
      {
        ...product,
        lines: lines.map(lineIndex),
        releases: productReleases.map(releaseIndex),
        successor: successor && { ...successor, product: productIndex(successor.product), fromLines: successor.fromLines?.map(lineIndex) ?? null },
        predecessors: predecessors.map(productIndex),
      }
    ),
  );
  const shippers = catalog.products.map((product) =>
    [...new Set(product.releases.flatMap((release) => release.fixIds))].map((key): [string, number[]] => [key, product.shippersOf(key).map(releaseIndex)]),
  );
  const lines = allLines.map(
    ({ product, releases: lineReleases, base, ...line }): CompactLine => (void base, { ...line, product: productIndex(product), releases: lineReleases.map(releaseIndex) }),
  );
  const releasesByName = [...catalog.releasesByName].map(([key, release]): [string, number] => [key, releaseIndex(release)]);
  const fixes = [...catalog.fixes.values()].map(
    (fix): CompactFix => ({ ...fix, cvesByProduct: [...fix.cvesByProduct], notesByProduct: [...fix.notesByProduct] }),
  );
  return { source: catalog.source, sources: catalog.sources, products, lines, releases, releasesByName, shippers, fixes };
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** The model of a compact catalog (at run time): the parsed JSON's own objects become the model's, their references put back. */
export function reviveCatalog(compact: CompactCatalog): Catalog {
  const releases = compact.releases as unknown as Draft<Release>[];
  const lines = compact.lines as unknown as Draft<Line>[];
  const products = compact.products as unknown as Draft<Product>[];
  const releaseAt = (index: number): Release => releases[index]!;
  const lineAt = (index: number): Line => lines[index]!;
  const indexesOf = (value: unknown): number[] => value as number[];
  products.forEach((product, index) => {
    const shippers = new Map(compact.shippers[index]!.map(([key, shipping]) => [key, shipping.map(releaseAt)]));
    const successor = compact.products[index]!.successor;
    product.lines = indexesOf(product.lines).map(lineAt);
    product.releases = indexesOf(product.releases).map(releaseAt);
    product.shippersOf = (key) => shippers.get(key) ?? [];
    product.successor = successor && { ...successor, product: products[successor.product]!, fromLines: successor.fromLines?.map(lineAt) ?? null };
    product.predecessors = indexesOf(product.predecessors).map((predecessor) => products[predecessor]!);
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
    release.inherits = release.inherits === null ? null : releaseAt(release.inherits as unknown as number);
    release.line = lines[release.line as unknown as number]!;
    release.product = products[release.product as unknown as number]!;
  }
  const fixes = new Map(
    compact.fixes.map((fix): [string, Fix] => [fixKey(fix.id), { ...fix, cvesByProduct: new Map(fix.cvesByProduct), notesByProduct: new Map(fix.notesByProduct) }]),
  );
  return {
    source: compact.source,
    sources: compact.sources,
    products,
    fixes,
    releasesByName: new Map(compact.releasesByName.map(([key, index]) => [key, releaseAt(index)])),
    fixKeysFor: fixKeyResolver(fixes),
    contentsOf: contentsResolver(),
  };
}
