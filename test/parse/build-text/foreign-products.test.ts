import { describe, expect, it } from 'vitest';
import { FOREIGN_PRODUCT_INFO, findForeignProduct, nameForeignProduct } from '../../../src/parse/build-text/foreign-products.js';
import { FOREIGN_PRODUCTS } from '../../../src/parse/build-text/reading.js';
import { isInAnyRange } from '../../../src/parse/build-text/build-ranges.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

describe('foreign products', () => {
  it.each([
    [[6, 0, 4417, 5], 'exchange-2000'],
    [[6, 0, 6249, 4], 'exchange-2000'],
    [[6, 0, 6603, 1], 'exchange-2000'],
    [[6, 5, 6944, 4], 'exchange-2003'],
    [[6, 5, 7638, 2], 'exchange-2003'],
    [[15, 20, 8466, 31], 'exchange-online'],
  ] as const)('knows %j as %s', (parts, product) => {
    expect(findForeignProduct(parts)?.product).toBe(product);
  });

  it.each([
    [[6, 0, 6002, 18005], 'Windows Server 2008 SP2'],
    [[6, 0, 6003, 20491], 'Windows Server 2008 SP2 after 2019'],
    [[6, 0, 2900, 2180], 'Internet Explorer 6'],
    [[6, 0, 3790, 4675], 'IIS SMTPSVC on Windows Server 2003'],
    [[6, 1, 7601, 24158], 'Windows 7'],
    [[15, 2, 1544, 4], 'Exchange 2019'],
  ] as const)('does not take %j (%s) for one', (parts, what) => {
    expect(findForeignProduct(parts), what).toBeNull();
  });

  it('has one entry per foreign product, none overlapping the catalog products', () => {
    expect(FOREIGN_PRODUCT_INFO.map((info) => info.product)).toEqual([...FOREIGN_PRODUCTS]);
    for (const info of FOREIGN_PRODUCT_INFO) {
      for (const range of info.ranges) expect(isInAnyRange(range.from, EXCHANGE_CONTEXT.plausible)).toBe(false);
    }
  });
});

describe('the names of foreign products', () => {
  it.each([
    ['exchange-2000', 'Exchange 2000 Server'],
    ['exchange-2003', 'Exchange Server 2003'],
    ['exchange-online', 'Exchange Online'],
  ] as const)('%s is %s', (product, name) => {
    expect(nameForeignProduct(product)).toBe(name);
  });
});
