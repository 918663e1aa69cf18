import { compareBuilds, tryParseBuildIn, type Build, type VersionScheme } from '../../parse/build/build.js';
import type { CatalogDocument, ReleaseDocument } from '../document.js';
import type { DocumentFinding, DocumentPath } from '../../parse/yaml/document-finding.js';

export type CatalogRule = (catalog: CatalogDocument) => DocumentFinding[];

export interface ReleaseAt {
  readonly release: ReleaseDocument;
  readonly build: Build;
  readonly path: DocumentPath;
}

export const schemeOfProduct = (catalog: CatalogDocument, productIndex: number): VersionScheme => catalog.products[productIndex]!.versionScheme ?? 'dotted';

/** Each line's parsed releases, worked out once for all the rules that visit it (keyed by the line and its place). */
const parsedLines = new WeakMap<object, { readonly key: string; readonly releases: readonly ReleaseAt[] }>();

export function releasesOfLine(catalog: CatalogDocument, productIndex: number, lineIndex: number): ReleaseAt[] {
  const line = catalog.products[productIndex]!.lines[lineIndex]!;
  const key = `${productIndex}/${lineIndex}/${schemeOfProduct(catalog, productIndex)}/${line.releases.length}`;
  const cached = parsedLines.get(line);
  if (cached?.key === key) return [...cached.releases];
  const releases = line.releases.flatMap((release, releaseIndex) => {
    const build = tryParseBuildIn(schemeOfProduct(catalog, productIndex), release.build);
    const path = ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex];
    return build ? [{ release, build, path }] : [];
  });
  parsedLines.set(line, { key, releases });
  return [...releases];
}

/**
 * Lines known to pass every per-line rule: a catalog validated before (the embedded snapshot) that
 * a later catalog layered on leaves untouched; and its products a later catalog does not name at
 * all (kept), whose lines are not even read. Per-line and per-product rules skip them.
 */
const settledLines = new WeakMap<CatalogDocument, ReadonlySet<object>>();
const keptProducts = new WeakMap<CatalogDocument, ReadonlySet<object>>();

export function markSettledLines(catalog: CatalogDocument, lines: ReadonlySet<object>, products: ReadonlySet<object> = new Set()): void {
  settledLines.set(catalog, lines);
  keptProducts.set(catalog, products);
}

export const isSettledLine = (catalog: CatalogDocument, line: object): boolean => settledLines.get(catalog)?.has(line) === true;

/** A product no later catalog names: it and its lines are exactly as validated before. */
export const isKeptProduct = (catalog: CatalogDocument, product: object): boolean => keptProducts.get(catalog)?.has(product) === true;

/** Whether every line of the product is settled (then nothing of it changed since it was validated). */
export const isSettledProduct = (catalog: CatalogDocument, productIndex: number): boolean => {
  const product = catalog.products[productIndex]!;
  return isKeptProduct(catalog, product) || product.lines.every((line) => isSettledLine(catalog, line));
};

/** Like forEachLine, for rules that look at one line at a time: settled lines are skipped. */
export function forEachChangedLine<T>(catalog: CatalogDocument, visit: (releases: ReleaseAt[], productIndex: number, lineIndex: number) => T[]): T[] {
  return catalog.products.flatMap((product, productIndex) =>
    isKeptProduct(catalog, product)
      ? []
      : product.lines.flatMap((line, lineIndex) => (isSettledLine(catalog, line) ? [] : visit(releasesOfLine(catalog, productIndex, lineIndex), productIndex, lineIndex))),
  );
}

export function forEachLine<T>(catalog: CatalogDocument, visit: (releases: ReleaseAt[], productIndex: number, lineIndex: number) => T[]): T[] {
  return catalog.products.flatMap((product, productIndex) =>
    product.lines.flatMap((_, lineIndex) => visit(releasesOfLine(catalog, productIndex, lineIndex), productIndex, lineIndex)),
  );
}

export function lowest(releases: readonly ReleaseAt[]): ReleaseAt | undefined {
  return [...releases].sort((a, b) => compareBuilds(a.build, b.build))[0];
}

export function duplicates<T>(items: readonly T[], key: (item: T) => string, describe: (item: T) => string, pathOf: (item: T) => DocumentPath): DocumentFinding[] {
  const seen = new Map<string, T>();
  return items.flatMap((item) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, item);
      return [];
    }
    return [{ path: pathOf(item), message: `${describe(item)} is defined twice`, firstPath: pathOf(first) }];
  });
}
