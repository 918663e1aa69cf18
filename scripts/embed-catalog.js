import { writeFileSync } from 'node:fs';
import { EMBEDDED_CATALOG } from '../dist/app/catalog-location.js';
import { snapshotOf } from '../dist/app/read-local-catalogs.js';
import { PACKAGE_FILES, packageFileUrl } from '../dist/input/package-files.js';
import { CatalogError } from '../dist/shared/errors.js';

try {
  const { snapshot } = snapshotOf([EMBEDDED_CATALOG]);
  writeFileSync(packageFileUrl(PACKAGE_FILES.embeddedSnapshot), JSON.stringify(snapshot));
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
