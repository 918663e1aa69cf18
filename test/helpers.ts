import { fileURLToPath } from 'node:url';
import { loadCatalogFile } from '../src/catalog/load-catalog.js';
import type { Catalog } from '../src/catalog/model.js';
import { analyzeBuildString } from '../src/core/analyze.js';
import type { Target } from '../src/core/recommend.js';
import type { Report } from '../src/core/report.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

export async function loadFixtureCatalog(name: string): Promise<Catalog> {
  return (await loadCatalogFile(fixturePath(`catalogs/${name}`))).catalog;
}

export const EMBEDDED_CATALOG_PATH = fileURLToPath(new URL('../catalog/exchange.yaml', import.meta.url));

let embedded: Promise<Catalog> | undefined;
export function embeddedCatalog(): Promise<Catalog> {
  embedded ??= loadCatalogFile(EMBEDDED_CATALOG_PATH).then((loaded) => loaded.catalog);
  return embedded;
}

export function analyze(catalog: Catalog, buildString: string, asOf: string, target: Target = 'supported'): Report {
  return analyzeBuildString(catalog, { buildString, asOf, target });
}

export const exposedIds = (report: Report): string[] => report.exposed.map((fix) => fix.id);
