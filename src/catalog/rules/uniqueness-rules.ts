import { fixKey, releaseKey } from '../model.js';
import { duplicates, isSettledLine, isSettledProduct, releasesOfLine, type CatalogRule } from './rule-helpers.js';

export const uniqueProductIds: CatalogRule = (catalog) =>
  duplicates(
    catalog.products.map((product, index) => ({ product, index })),
    ({ product }) => product.id,
    ({ product }) => `product id "${product.id}"`,
    ({ index }) => ['products', index, 'id'],
  );

/** Release names are unique across the catalog; settled lines share none among themselves, so only names a changed line uses are compared. */
export const uniqueReleaseNames: CatalogRule = (catalog) => {
  const releases = catalog.products.flatMap((product, productIndex) =>
    product.lines.flatMap((line, lineIndex) =>
      line.releases.map((release, releaseIndex) => ({ key: releaseKey(release.name), release, settled: isSettledLine(catalog, line), path: ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex] })),
    ),
  );
  const changed = new Set(releases.flatMap((entry) => (entry.settled ? [] : [entry.key])));
  return duplicates(
    releases.filter((entry) => changed.has(entry.key)),
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
