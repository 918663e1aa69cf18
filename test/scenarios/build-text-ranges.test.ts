import { describe, expect, it } from 'vitest';
import { embeddedCatalog } from '../support/helpers.js';
import { EXCHANGE_CONTEXT } from '../parse/build-text/exchange-ranges.js';

describe('the ranges the reader tests use', () => {
  it('are the build ranges of the shipped catalog’s products, as a caller would pass them', async () => {
    const catalog = await embeddedCatalog();
    expect(catalog.products.map((product) => ({ from: product.from, below: product.below }))).toEqual(EXCHANGE_CONTEXT.plausible);
  });
});
