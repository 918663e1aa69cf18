import { readFileSync } from 'node:fs';
import type { SourceProblem } from '../shared/errors.js';
import { EMBEDDED_CATALOG_SNAPSHOT_URL, EMBEDDED_CATALOG_YAML_URL } from './package-paths.js';
import type { CatalogDocument } from '../catalog/document.js';
import { buildCatalogModel, type Catalog, type CatalogSource } from '../catalog/model.js';

const EMBEDDED_CATALOG_NAME = 'embedded:exchange.yaml';

export interface LoadedCatalog {
  readonly catalog: Catalog;
  readonly warnings: readonly SourceProblem[];
}

export interface CatalogSnapshot {
  readonly source: CatalogSource;
  readonly document: CatalogDocument;
}

export interface CatalogLocation {
  readonly path: string | URL;
  readonly shownAs: string;
}

export const EMBEDDED_CATALOG: CatalogLocation = { path: EMBEDDED_CATALOG_YAML_URL, shownAs: EMBEDDED_CATALOG_NAME };

export function loadEmbeddedCatalog(): LoadedCatalog {
  const snapshot = JSON.parse(readFileSync(EMBEDDED_CATALOG_SNAPSHOT_URL, 'utf8')) as CatalogSnapshot;
  return { catalog: buildCatalogModel(snapshot.document, snapshot.source, [snapshot.source]), warnings: [] };
}

/** The embedded catalog alone comes from its build-time snapshot; anything else is read and layered on demand. */
export async function loadLayeredCatalog(locations: readonly CatalogLocation[]): Promise<Catalog> {
  if (locations.length === 1 && locations[0] === EMBEDDED_CATALOG) return loadEmbeddedCatalog().catalog;
  return (await (await import('../on-demand.js')).loadCatalogs(locations)).catalog;
}
