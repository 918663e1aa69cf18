import { writeFileSync } from 'node:fs';
import { EMBEDDED_CATALOG } from '../dist/input/embedded-catalog.js';
import { readCatalogs } from '../dist/app/read-catalogs.js';
import { EMBEDDED_CATALOG_SNAPSHOT_URL } from '../dist/input/package-paths.js';
import { CatalogError } from '../dist/shared/errors.js';

try {
  const { snapshot } = await readCatalogs([EMBEDDED_CATALOG]);
  writeFileSync(EMBEDDED_CATALOG_SNAPSHOT_URL, JSON.stringify(snapshot));
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
