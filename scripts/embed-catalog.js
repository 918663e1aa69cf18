import { writeFileSync } from 'node:fs';
import { EMBEDDED_CATALOG } from '../dist/app/catalog-location.js';
import { snapshotOf } from '../dist/app/read-local-catalogs.js';
import { buildCatalogModel } from '../dist/catalog/build-model.js';
import { compactCatalogText } from '../dist/catalog/compact-model.js';
import { snapshotText } from '../dist/catalog/snapshot-text.js';
import { PACKAGE_FILES, packageFileUrl } from '../dist/input/package-files.js';
import { CatalogError } from '../dist/shared/errors.js';

// The embedded catalog, validated once here and written twice: as its compact model, which a check
// revives without reading YAML, validating, parsing builds or sorting, and as its document, on
// which a catalog overlay is layered without parsing the embedded YAML again (each product's lines
// read only when the overlay extends the product).
try {
  const { snapshot, sources } = await snapshotOf([EMBEDDED_CATALOG]);
  const model = buildCatalogModel(snapshot.document, snapshot.source, sources);
  writeFileSync(packageFileUrl(PACKAGE_FILES.embeddedSnapshot), compactCatalogText(model));
  writeFileSync(packageFileUrl(PACKAGE_FILES.embeddedDocument), snapshotText(snapshot, model));
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
