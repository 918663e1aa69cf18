import { writeFileSync } from 'node:fs';
import { EMBEDDED_CATALOG } from '../dist/app/catalog-location.js';
import { snapshotOf } from '../dist/app/read-local-catalogs.js';
import { buildCatalogModel } from '../dist/catalog/build-model.js';
import { compactCatalog } from '../dist/catalog/compact-model.js';
import { PACKAGE_FILES, packageFileUrl } from '../dist/input/package-files.js';
import { CatalogError } from '../dist/shared/errors.js';

// The embedded catalog, validated once here and written as its compact model: a check revives it
// without reading YAML, validating, parsing builds or sorting.
try {
  const { snapshot, sources } = snapshotOf([EMBEDDED_CATALOG]);
  const model = buildCatalogModel(snapshot.document, snapshot.source, sources);
  writeFileSync(packageFileUrl(PACKAGE_FILES.embeddedSnapshot), JSON.stringify(compactCatalog(model)));
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
