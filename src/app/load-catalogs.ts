import { buildCatalogModel } from '../catalog/build-model.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Catalog } from '../catalog/model.js';
import { EMBEDDED_CATALOG_SNAPSHOT_URL } from '../input/package-paths.js';
import { readJsonFile } from '../input/text-files.js';
import { EMBEDDED_CATALOG, type CatalogLocation } from './catalog-location.js';

/** The catalog model: the embedded catalog alone from its build-time snapshot, anything else read, validated and layered. */
export async function loadLocalCatalogs(locations: readonly CatalogLocation[], maxBytes?: number): Promise<Catalog> {
  if (locations.length === 1 && locations[0] === EMBEDDED_CATALOG) {
    const snapshot = readJsonFile(EMBEDDED_CATALOG_SNAPSHOT_URL) as CatalogSnapshot;
    return buildCatalogModel(snapshot.document, snapshot.source, [snapshot.source]);
  }
  const { snapshotOf } = await import('./read-local-catalogs.js');
  const { snapshot, sources } = snapshotOf(locations, maxBytes);
  return buildCatalogModel(snapshot.document, snapshot.source, sources);
}
