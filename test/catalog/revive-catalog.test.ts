import { describe, expect, it } from 'vitest';
import { compactCatalogText } from '../../src/catalog/compact-model.js';
import { reviveCatalog } from '../../src/catalog/revive-catalog.js';
import { describeLookUps, describeModel, releaseNames } from '../support/describe-model.js';
import { embeddedCatalog } from '../support/helpers.js';

describe('reviving a compact catalog, each product on first use', () => {
  it('gives the built model whichever product is read first', async () => {
    const built = await embeddedCatalog();
    const text = compactCatalogText(built);
    for (const first of built.products.keys()) {
      const revived = reviveCatalog(text);
      // The newest product first: its first release inherits from an older product, not read yet.
      expect(releaseNames(revived.products[built.products.length - 1 - first]!.releases)).toEqual(releaseNames(built.products[built.products.length - 1 - first]!.releases));
      expect(describeModel(revived)).toEqual(describeModel(built));
    }
  }, 60_000);

  it('answers name look-ups and shippers of a fix as the built model does, before any product is read', async () => {
    const built = await embeddedCatalog();
    const text = compactCatalogText(built);
    expect(describeLookUps(reviveCatalog(text))).toEqual(describeLookUps(built));
    const revived = reviveCatalog(text);
    const entries: [string, string][] = [];
    revived.releasesByName.forEach((release, key, map) => {
      expect(map).toBe(revived.releasesByName);
      entries.push([key, release.name]);
    });
    expect(entries).toEqual([...built.releasesByName].map(([key, release]) => [key, release.name]));
  }, 60_000);
});
