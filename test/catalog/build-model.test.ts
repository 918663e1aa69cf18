import { describe, expect, it } from 'vitest';
import { describeLookUps, describeModel, releaseNames } from '../support/describe-model.js';
import { EMBEDDED_CATALOG_PATH, loadCatalogFile } from '../support/helpers.js';

describe('the model built from a catalog document, each product on first use', () => {
  it('is the same whichever product is read first', async () => {
    const reference = describeModel(await loadCatalogFile(EMBEDDED_CATALOG_PATH));
    const count = (await loadCatalogFile(EMBEDDED_CATALOG_PATH)).products.length;
    for (let first = count - 1; first >= 0; first--) {
      const built = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
      // The newest product first: its first release inherits from an older product, not built yet.
      const product = built.products[first]!;
      expect(releaseNames(product.releases)?.length).toBeGreaterThan(0);
      expect(product.lines.every((line) => line.product === product && line.releases.every((release) => release.line === line))).toBe(true);
      expect(describeModel(built)).toEqual(reference);
    }
  }, 60_000);

  it('answers name look-ups and shippers of a fix before any product is built, as after', async () => {
    const fresh = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
    const everything = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
    for (const product of everything.products) void product.releases;
    const answers = describeLookUps(fresh);
    expect(answers).toEqual(describeLookUps(everything));
    expect((answers as { inherited: unknown[] }).inherited).toContainEqual(['Exchange SE RTM', 'Exchange 2019 CU15 May25HU', 'exchange-2019']);
    expect([...fresh.releasesByName.keys()]).toEqual([...everything.releasesByName].map(([key]) => key));
  }, 60_000);
});
