import type { DocumentPath } from '../../parse/yaml/document-finding.js';
import type { ProductDocument, ReleaseDocument } from '../document.js';
import { fixKey, releaseKey } from '../model.js';
import { knownReleaseKeys } from '../snapshot-text.js';
import { duplicates, isKeptProduct, isSettledLine, isSettledProduct, releasesOfLine, type CatalogRule } from './rule-helpers.js';

export const uniqueProductIds: CatalogRule = (catalog) =>
  duplicates(
    catalog.products.map((product, index) => ({ product, index })),
    ({ product }) => product.id,
    ({ product }) => `product id "${product.id}"`,
    ({ index }) => ['products', index, 'id'],
  );

/** Release names are unique across the catalog; settled lines share none among themselves, so only names a changed line uses are compared. */
export const uniqueReleaseNames: CatalogRule = (catalog) => {
  const changed = new Set<string>();
  for (const line of catalog.products.flatMap((product) => (isKeptProduct(catalog, product) ? [] : product.lines))) {
    if (!isSettledLine(catalog, line)) for (const release of line.releases) changed.add(releaseKey(release.name));
  }
  const compared: { key: string; release: ReleaseDocument; path: DocumentPath }[] = [];
  const mayClash = (product: ProductDocument): boolean => {
    const keys = isKeptProduct(catalog, product) ? knownReleaseKeys(product) : undefined;
    return keys === undefined || [...changed].some((key) => keys.includes(`\n${key}\n`));
  };
  catalog.products.forEach((product, productIndex) =>
    (mayClash(product) ? product.lines : []).forEach((line, lineIndex) =>
      line.releases.forEach((release, releaseIndex) => {
        const key = releaseKey(release.name);
        if (changed.has(key)) compared.push({ key, release, path: ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex] });
      }),
    ),
  );
  return duplicates(
    compared,
    ({ key }) => key,
    ({ release }) => `release name "${release.name}"`,
    ({ path }) => [...path, 'name'],
  );
};

export const uniqueBuilds: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex) =>
    isSettledProduct(catalog, productIndex)
      ? []
      : duplicates(
      product.lines.flatMap((_, lineIndex) => releasesOfLine(catalog, productIndex, lineIndex)),
      ({ release }) => release.build,
      ({ release }) => `build ${release.build} of ${product.id}`,
      ({ path }) => [...path, 'build'],
    ),
  );

export const uniqueFixIds: CatalogRule = (catalog) =>
  duplicates(
    (catalog.fixes ?? []).map((fix, index) => ({ fix, index })),
    ({ fix }) => fixKey(fix.id),
    ({ fix }) => `fix "${fix.id}"`,
    ({ index }) => ['fixes', index, 'id'],
  );
