import type { CatalogSource } from '../catalog/model.js';
import { catalogFreshness, describeFreshness } from '../gate/catalog-age.js';
import type { RenderOptions } from './render-options.js';

const shortDigest = (digest: string): string => digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1');

/** "catalog X (published D, sha256:…)" for each catalog used, as footers name them. */
export function describeCatalogs(catalogs: readonly CatalogSource[]): string {
  const described = catalogs.map((catalog) => `${catalog.file} (published ${catalog.published}, ${shortDigest(catalog.digest)})`);
  return `${catalogs.length === 1 ? 'catalog' : 'catalogs'} ${described.join(', ')}`;
}

/** What a report rests on: "catalog X (…); as of D", and how far the catalog's facts reach when newer updates may exist. */
export function describeBasis(options: Pick<RenderOptions, 'catalog' | 'catalogs' | 'asOf'>): string {
  const freshness = describeFreshness(catalogFreshness(options.catalog, options.asOf));
  return `${describeCatalogs(options.catalogs)}; as of ${options.asOf}${freshness ? `; ${freshness}` : ''}`;
}
