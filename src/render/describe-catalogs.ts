import type { CatalogSource } from '../catalog/model.js';

const shortDigest = (digest: string): string => digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1');

/** "catalog X (published D, sha256:…)" for each catalog used, as footers name them. */
export function describeCatalogs(catalogs: readonly CatalogSource[]): string {
  const described = catalogs.map((catalog) => `${catalog.file} (published ${catalog.published}, ${shortDigest(catalog.digest)})`);
  return `${catalogs.length === 1 ? 'catalog' : 'catalogs'} ${described.join(', ')}`;
}
