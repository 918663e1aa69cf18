import { fixKey, releaseKey } from '../model.js';
import { duplicates, isSettledProduct, releasesOfLine, type CatalogRule } from './rule-helpers.js';

export const uniqueProductIds: CatalogRule = (catalog) =>
  duplicates(
    catalog.products.map((product, index) => ({ product, index })),
    ({ product }) => product.id,
    ({ product }) => `product id "${product.id}"`,
    ({ index }) => ['products', index, 'id'],
  );

export const uniqueReleaseNames: CatalogRule = (catalog) =>
  duplicates(
    catalog.products.flatMap((product, productIndex) =>
      product.lines.flatMap((line, lineIndex) => line.releases.map((release, releaseIndex) => ({ release, path: ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex] }))),
    ),
    ({ release }) => releaseKey(release.name),
    ({ release }) => `release name "${release.name}"`,
    ({ path }) => [...path, 'name'],
  );

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
