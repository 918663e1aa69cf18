import { describe, expect, it } from 'vitest';
import { compactCatalogText } from '../../src/catalog/compact-model.js';
import type { Catalog } from '../../src/catalog/model.js';
import { reviveCatalog } from '../../src/catalog/revive-catalog.js';
import { describeModel } from '../support/describe-model.js';
import { embeddedCatalog } from '../support/helpers.js';

const names = (releases: readonly { readonly name: string }[] | undefined): string[] | undefined => releases?.map((release) => release.name);

describe('reviving a compact catalog, each product on first use', () => {
  it('gives the built model whichever product is read first', async () => {
    const built = await embeddedCatalog();
    const text = compactCatalogText(built);
    for (const first of built.products.keys()) {
      const revived = reviveCatalog(text);
      // The newest product first: its first release inherits from an older product, not read yet.
      expect(names(revived.products[built.products.length - 1 - first]!.releases)).toEqual(names(built.products[built.products.length - 1 - first]!.releases));
      expect(describeModel(revived)).toEqual(describeModel(built));
    }
  }, 60_000);

  it('answers name look-ups and shippers of a fix as the built model does, before any product is read', async () => {
    const built = await embeddedCatalog();
    const text = compactCatalogText(built);
    const lookUps = (catalog: Catalog): unknown => ({
      size: catalog.releasesByName.size,
      keys: [...catalog.releasesByName.keys()],
      found: ['exchange 2016 cu23', 'exchange se rtm', '15.2.1544.4', 'exchange 2019 cu14'].map((key) => [
        catalog.releasesByName.has(key),
        catalog.releasesByName.get(key)?.product.id,
        names(catalog.releasesByName.get(key)?.line.releases),
      ]),
      shippers: ['CVE-2021-26855', 'CVE-2025-53786', 'NO-SUCH-FIX'].map((key) => catalog.products.map((product) => names(product.shippersOf(key)))),
    });
    expect(lookUps(reviveCatalog(text))).toEqual(lookUps(built));
    const revived = reviveCatalog(text);
    const entries: [string, string][] = [];
    revived.releasesByName.forEach((release, key, map) => {
      expect(map).toBe(revived.releasesByName);
      entries.push([key, release.name]);
    });
    expect(entries).toEqual([...built.releasesByName].map(([key, release]) => [key, release.name]));
  }, 60_000);
});
