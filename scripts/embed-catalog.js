import { writeFileSync } from 'node:fs';
import { EMBEDDED_CATALOG } from '../dist/app/catalog-location.js';
import { snapshotOf } from '../dist/app/read-local-catalogs.js';
import { EMBEDDED_CATALOG_SNAPSHOT_URL } from '../dist/input/package-paths.js';
import { CatalogError } from '../dist/shared/errors.js';

try {
  const { snapshot } = await snapshotOf([EMBEDDED_CATALOG]);
  writeFileSync(EMBEDDED_CATALOG_SNAPSHOT_URL, JSON.stringify(snapshot));
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
