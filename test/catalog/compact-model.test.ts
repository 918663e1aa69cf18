import { describe, expect, it } from 'vitest';
import { EMBEDDED_CATALOG } from '../../src/app/catalog-location.js';
import { loadLocalCatalogs } from '../../src/app/load-catalogs.js';
import { compactCatalogText } from '../../src/catalog/compact-model.js';
import type { Catalog } from '../../src/catalog/model.js';
import { reviveCatalog } from '../../src/catalog/revive-catalog.js';
import { describeModel } from '../support/describe-model.js';
import { EMBEDDED_CATALOG_PATH, fixturePath, loadCatalogFile } from '../support/helpers.js';

const roundTrip = (catalog: Catalog): Catalog => reviveCatalog(compactCatalogText(catalog));

describe('the compact catalog model', () => {
  it.each([
    ['the embedded catalog', EMBEDDED_CATALOG_PATH],
    ...['edges.yaml', 'semver-product.yaml', 'servicing.yaml', 'warnings.yaml'].map((file) => [file, fixturePath(`catalogs/${file}`)]),
  ])('revives %s as the model built from its document', async (_, path) => {
    const built = await loadCatalogFile(path);
    expect(describeModel(roundTrip(built))).toEqual(describeModel(built));
  }, 30_000);

  it('revives layered catalogs with private fixes and re-releases', async () => {
    const overlays = ['overlays/extend-release.yaml', 'overlays/private-fix.yaml'].map((file) => ({ path: fixturePath(`catalogs/${file}`), shownAs: file }));
    const layered = await loadLocalCatalogs([EMBEDDED_CATALOG, ...overlays]);
    expect(describeModel(roundTrip(layered))).toEqual(describeModel(layered));
  }, 30_000);

  it('refuses a model with two releases of one name, which the catalog rules never let through', async () => {
    const built = await loadCatalogFile(fixturePath('catalogs/servicing.yaml'));
    const [first, second] = built.products.flatMap((product) => product.releases);
    const twice = { ...built, products: built.products.map((product) => ({ ...product, releases: product.releases.map((release) => (release === second ? { ...release, name: first!.name } : release)) })) };
    expect(() => compactCatalogText(twice)).toThrow(`two releases named "${first!.name.toLowerCase()}"`);
  });

  it('is what the command line reads for the embedded catalog', async () => {
    const embedded = await loadLocalCatalogs([EMBEDDED_CATALOG]);
    const built = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
    expect(describeModel(embedded)).toMatchObject({ products: (describeModel(built) as { products: unknown }).products });
  }, 30_000);
});
