import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../../src/app/read-catalogs.js';
import { EMBEDDED_CATALOG_PATH } from '../../support/helpers.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

describe('the ranges the reader tests use', () => {
  it('are the build ranges of the shipped catalog’s products, as a caller would pass them', async () => {
    const { catalog } = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
    expect(catalog.products.map((product) => ({ from: product.from, below: product.below }))).toEqual(EXCHANGE_CONTEXT.plausible);
  });
});
