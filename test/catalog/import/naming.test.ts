import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CatalogDocument } from '../../../src/catalog/document.js';
import { compilePattern, namingOf } from '../../../src/catalog/import/naming.js';
import { EMBEDDED_CATALOG_PATH } from '../../support/helpers.js';

const document = parse(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8')) as CatalogDocument;
const naming = namingOf(document);
const productOf = (id: string) => document.products.find((product) => product.id === id)!;

describe("the embedded catalog's naming data", () => {
  it.each([
    ['Microsoft Exchange Server 2019 Cumulative Update 15', 'exchange-2019', 'CU15'],
    ['microsoft exchange server 2019   CU 14', 'exchange-2019', 'CU14'],
    ['Exchange Server 2016 Cumulative Update 23', 'exchange-2016', 'CU23'],
    ['Microsoft Exchange Server Subscription Edition RTM', 'exchange-se', 'RTM'],
    ['Microsoft Exchange Server 2010 Service Pack 3 (Update Rollup 31)', 'exchange-2010', 'SP3'],
    ['Microsoft Exchange Server 2013 Service Pack 1', 'exchange-2013', 'CU4'],
    ['Microsoft Exchange Server 2019', 'exchange-2019', null],
  ])('%s is %s, line %s', (name, product, line) => {
    const match = naming.matchProduct(name)!;
    expect(match.products.map((candidate) => candidate.id)).toEqual([product]);
    expect(naming.lineOf(productOf(product), match.rest)).toBe(line);
  });

  it('matches whole words only, and a shared alias names every product that has it', () => {
    expect(naming.matchProduct('Microsoft Exchange Online Protection')).toBeNull();
    expect(naming.matchProduct('Microsoft Exchange Server20190')).toBeNull();
    expect(naming.matchProduct('Microsoft Exchange Server')!.products).toHaveLength(6);
  });

  it.each([
    ['Exchange 2019 CU15 Oct26SU', 'su'],
    ['Exchange 2019 CU15 Nov24SUv2', 'su'],
    ['Exchange 2019 CU15 Apr25HU', 'hu'],
    ['Exchange 2010 SP1 RU3v3', 'ru'],
    ['Exchange 2010 SP1 RTM', 'sp'],
    ['Exchange 2007 RTM', 'rtm'],
    ['Exchange 2019 CU13 (2023H1)', 'cu'],
    ['Exchange SE CU1', 'cu'],
    ['Exchange 2019 Preview', 'preview'],
    ['Exchange 2019 CU15 Hotfix', null],
  ])('%s is of kind %s', (name, kind) => expect(naming.kindOf(name)).toBe(kind));

  it('tells a re-release and its number', () => {
    expect(naming.reReleaseOf('Exchange SE RTM Sep26SUv2')).toEqual({ stem: 'Exchange SE RTM Sep26SU', number: 2 });
    expect(naming.reReleaseOf('Exchange 2010 SP1 RU3v3')).toEqual({ stem: 'Exchange 2010 SP1 RU3', number: 3 });
    expect(naming.reReleaseOf('Exchange SE RTM Sep26SU')).toBeNull();
  });

  it('reports a pattern that is no regular expression', () => {
    expect(compilePattern('^(CU')).toMatch(/Unterminated group|Invalid regular expression/);
  });
});
