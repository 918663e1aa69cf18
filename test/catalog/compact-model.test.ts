import { describe, expect, it } from 'vitest';
import { EMBEDDED_CATALOG } from '../../src/app/catalog-location.js';
import { loadLocalCatalogs } from '../../src/app/load-catalogs.js';
import { compactCatalog, reviveCatalog, type CompactCatalog } from '../../src/catalog/compact-model.js';
import type { Catalog, Release } from '../../src/catalog/model.js';
import { formatBuild } from '../../src/parse/build/build.js';
import { EMBEDDED_CATALOG_PATH, fixturePath, loadCatalogFile } from '../support/helpers.js';

const name = (release: Release | null): string | null => release && `${release.product.id}/${release.name}`;

/** Everything the model says, with references written as names: two models that describe alike are the same model. */
function describeModel(catalog: Catalog): unknown {
  const fixIds = [...catalog.fixes.keys(), ...[...catalog.fixes.values()].flatMap((fix) => fix.cves), 'CVE-0000-0000', 'kb5000871'];
  return {
    source: catalog.source,
    sources: catalog.sources,
    fixes: [...catalog.fixes],
    fixKeysFor: fixIds.map((id) => [id, catalog.fixKeysFor(id), catalog.products.map((product) => catalog.fixKeysFor(id, product))]),
    releasesByName: [...catalog.releasesByName].map(([key, release]) => [key, name(release)]),
    products: catalog.products.map(({ lines, releases, shippersOf, successor, predecessors, ...product }) => ({
      ...product,
      successor: successor && { ...successor, product: successor.product.id, fromLines: successor.fromLines?.map((line) => line.name) ?? null },
      predecessors: predecessors.map((predecessor) => predecessor.id),
      lines: lines.map(({ product: owner, releases: onLine, base, ...line }) => ({
        ...line,
        product: owner.id,
        releases: onLine.map(name),
        base: name(base),
      })),
      releases: releases.map(({ replaces, replacements, includedIn, inherits, line, product: owner, ...release }) => ({
        ...release,
        build: formatBuild(release.build),
        replaces: name(replaces),
        replacements: replacements.map(name),
        includedIn: name(includedIn),
        inherits: name(inherits),
        line: line.name,
        product: owner.id,
        contents: [...catalog.contentsOf(releases.find((other) => other.name === release.name)!).fixes].sort(),
      })),
      shippersOf: [...new Set(releases.flatMap((release) => release.fixIds)), 'NO-SUCH-FIX'].map((key) => [key, shippersOf(key).map(name)]),
    })),
  };
}

const roundTrip = (catalog: Catalog): Catalog => reviveCatalog(JSON.parse(JSON.stringify(compactCatalog(catalog))) as CompactCatalog);

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

  it('is what the command line reads for the embedded catalog', async () => {
    const embedded = await loadLocalCatalogs([EMBEDDED_CATALOG]);
    const built = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
    expect(describeModel(embedded)).toMatchObject({ products: (describeModel(built) as { products: unknown }).products });
  }, 30_000);
});
