import { buildCatalogModel } from '../catalog/build-model.js';
import type { Catalog } from '../catalog/model.js';
import { reviveCatalog } from '../catalog/revive-catalog.js';
import { PACKAGE_FILES, readPackageFile } from '../input/package-files.js';
import { EMBEDDED_CATALOG, type CatalogLocation } from './catalog-location.js';

let embedded: Catalog | undefined;

/**
 * The embedded catalog's model, revived once from the compact form `npm run build` wrote, each
 * product when first used (a single executable's start-up snapshot holds it already revived).
 */
export const loadEmbeddedCatalog = (read = (): string => readPackageFile(PACKAGE_FILES.embeddedSnapshot)): Catalog => (embedded ??= reviveCatalog(read()));

/** The catalog model: the embedded catalog alone from its build-time snapshot, anything else read, validated and layered. */
export async function loadLocalCatalogs(locations: readonly CatalogLocation[], maxBytes?: number): Promise<Catalog> {
  if (locations.length === 1 && locations[0] === EMBEDDED_CATALOG) return loadEmbeddedCatalog();
  const { snapshotOf } = await import('./read-local-catalogs.js');
  const { snapshot, sources } = await snapshotOf(locations, maxBytes);
  return buildCatalogModel(snapshot.document, snapshot.source, sources);
}
