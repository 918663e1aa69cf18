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

export function releasesOfLine(catalog: CatalogDocument, productIndex: number, lineIndex: number): ReleaseAt[] {
  const line = catalog.products[productIndex]!.lines[lineIndex]!;
  return line.releases.flatMap((release, releaseIndex) => {
    const build = tryParseBuildIn(schemeOfProduct(catalog, productIndex), release.build);
    const path = ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex];
    return build ? [{ release, build, path }] : [];
  });
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
