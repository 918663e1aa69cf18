import { beforeAll, describe, expect, it } from 'vitest';
import { findReleaseByName, suggestReleaseNames } from '../../src/analyse/release-names.js';
import type { Catalog } from '../../src/catalog/model.js';
import { embeddedCatalog } from '../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

describe('findReleaseByName', () => {
  it.each([
    ['Exchange 2019 CU14 Nov24SUv2', 'Exchange 2019 CU14 Nov24SUv2'],
    ['  exchange   2019 cu14 nov24suv2 ', 'Exchange 2019 CU14 Nov24SUv2'],
    ['Exchange 2010 SP3', 'Exchange 2010 SP3 RTM'],
    ['Exchange 2019', null],
    ['Exchange 2019 CU13', 'Exchange 2019 CU13 (2023H1)'],
    ['Exchange 2013 SP1', 'Exchange 2013 SP1'],
    ['Exchange SE', null],
    ['', null],
  ])('%j is %s', (name, release) => {
    expect(findReleaseByName(catalog, name)?.name ?? null).toBe(release);
  });
});

describe('suggestReleaseNames', () => {
  it('suggests names of the product the text names', () => {
    const suggested = suggestReleaseNames(catalog, 'Exchange 2016 CU32');
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((name) => name.startsWith('Exchange 2016 '))).toBe(true);
  });

  it('suggests nothing for a name far from every release', () => {
    expect(suggestReleaseNames(catalog, 'Widget Server 9')).toEqual([]);
  });
});
