import { releaseKey, type Catalog, type CatalogSource, type Fix, type FixListCompleteness, type Line, type Product, type Release, type Succession } from './model.js';

/**
 * A catalog model as JSON can hold it: every reference an index, every build parsed, every order
 * and index already worked out. `npm run build` writes the embedded catalog in this form, so a
 * check revives the model without parsing, sorting or resolving anything (`revive-catalog.ts`).
 * It carries exactly what `buildCatalogModel` makes (a test compares the two on every catalog the
 * tests have); a field added to the model is added here too.
 *
 * The text is a JSON array with one element a line: first the header (the catalog's sources, its
 * fixes and each product's own fields), then each product's lines and releases. A check parses the
 * header and only the products it looks at. What the model derives from its releases (the releases
 * by name, each product's shippers of a fix) is derived again by the same functions, on first use.
 */
export interface CompactHeader {
  readonly source: CatalogSource;
  readonly sources: readonly CatalogSource[];
  readonly products: readonly CompactProduct[];
  /** Per product: the keys of its releases' names in the order of its releases, as one text (`keyLines`). */
  readonly releaseKeys: readonly string[];
  /** Per product: every fix key its releases list, as one text (`keyLines`). */
  readonly fixKeys: readonly string[];
  /** The fix-list completeness values the releases have, each once. */
  readonly fixLists: readonly FixListCompleteness[];
  readonly fixes: readonly CompactFix[];
}

export interface CompactFix extends Omit<Fix, 'cvesByProduct' | 'notesByProduct'> {
  readonly cvesByProduct: readonly (readonly [string, readonly string[]])[];
  readonly notesByProduct: readonly (readonly [string, string])[];
}

/** A product's own fields; `predecessors` are indexes into the header's products. */
export interface CompactProduct extends Omit<Product, 'lines' | 'releases' | 'shippersOf' | 'successor' | 'predecessors'> {
  readonly predecessors: readonly number[];
}

/** A product's lines and releases, in the model's order; a release or line index is a position in them. */
export interface CompactProductPart {
  readonly successor: CompactSuccession | null;
  readonly lines: readonly CompactLine[];
  readonly releases: readonly CompactRelease[];
}

export interface CompactSuccession extends Omit<Succession, 'product' | 'fromLines'> {
  readonly product: number;
  readonly fromLines: readonly number[] | null;
}

export interface CompactLine extends Omit<Line, 'product' | 'releases' | 'base'> {
  readonly releases: readonly number[];
}

export interface CompactRelease extends Omit<Release, 'replaces' | 'replacements' | 'includedIn' | 'inherits' | 'line' | 'product' | 'publicFixIds' | 'fixList'> {
  readonly replaces: number | null;
  readonly replacements: readonly number[];
  readonly includedIn: number | null;
  /** The release of any product: its product's index and its index there. */
  readonly inherits: readonly [number, number] | null;
  readonly line: number;
  /** null: the same keys as `fixIds`. */
  readonly publicFixIds: readonly string[] | null;
  /** An index into the header's `fixLists`. */
  readonly fixList: number;
}

const indexesIn = <T>(items: readonly T[]): ((item: T) => number) => {
  const map = new Map(items.map((item, index) => [item, index]));
  return (item) => map.get(item)!;
};

/**
 * Keys as one text, `\n` before and after each (empty for none): a check searches it for
 * `\n${key}\n` instead of making a string for every key.
 */
export const keyLines = (keys: readonly string[]): string => (keys.length === 0 ? '' : `\n${keys.join('\n')}\n`);

const sameKeys = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((key, index) => key === b[index]);

/** The compact text of a model (at build time). */
export function compactCatalogText(catalog: Catalog): string {
  const productIndex = indexesIn(catalog.products);
  const fixLists: FixListCompleteness[] = [];
  const fixListIndex = ({ security, bug }: FixListCompleteness): number => {
    const index = fixLists.findIndex((other) => other.security === security && other.bug === bug);
    return index >= 0 ? index : fixLists.push({ security, bug }) - 1;
  };
  const keysSeen = new Set<string>();
  const uniqueKey = (key: string): string => {
    if (keysSeen.has(key)) throw new Error(`two releases named "${key}": the catalog rules should have refused them`);
    keysSeen.add(key);
    return key;
  };
  const parts = catalog.products.map((product): CompactProductPart => compactPart(product, productIndex, fixListIndex));
  const header: CompactHeader = {
    source: catalog.source,
    sources: catalog.sources,
    products: catalog.products.map(({ lines, releases, shippersOf, successor, predecessors, ...product }): CompactProduct => {
      void [lines, releases, shippersOf, successor];
      return { ...product, predecessors: predecessors.map(productIndex) };
    }),
    releaseKeys: catalog.products.map((product) => keyLines(product.releases.map((release) => uniqueKey(releaseKey(release.name))))),
    fixKeys: catalog.products.map((product) => keyLines([...new Set(product.releases.flatMap((release) => release.fixIds))])),
    fixLists,
    fixes: [...catalog.fixes.values()].map((fix): CompactFix => ({ ...fix, cvesByProduct: [...fix.cvesByProduct], notesByProduct: [...fix.notesByProduct] })),
  };
  return `[\n${[header, ...parts].map((element) => JSON.stringify(element)).join(',\n')}\n]\n`;
}

function compactPart(product: Product, productIndex: (product: Product) => number, fixListIndex: (fixList: FixListCompleteness) => number): CompactProductPart {
  const lineIndex = indexesIn(product.lines);
  const releaseIndex = indexesIn(product.releases);
  const { successor } = product;
  return {
    successor: successor && { ...successor, product: productIndex(successor.product), fromLines: successor.fromLines?.map(lineIndex) ?? null },
    lines: product.lines.map(({ product: owner, releases, base, ...line }): CompactLine => {
      void [owner, base];
      return { ...line, releases: releases.map(releaseIndex) };
    }),
    releases: product.releases.map(({ replaces, replacements, includedIn, inherits, line, product: owner, publicFixIds, fixList, ...release }): CompactRelease => {
      void owner;
      return {
        ...release,
        publicFixIds: sameKeys(publicFixIds, release.fixIds) ? null : publicFixIds,
        fixList: fixListIndex(fixList),
        replaces: replaces && releaseIndex(replaces),
        replacements: replacements.map(releaseIndex),
        includedIn: includedIn && releaseIndex(includedIn),
        inherits: inherits && [productIndex(inherits.product), inherits.product.releases.indexOf(inherits)],
        line: lineIndex(line),
      };
    }),
  };
}
