import { beforeAll, describe, expect, it } from 'vitest';
import { explainUnknownId, findNearestIds, isFixIdShaped } from '../../../src/analyse/queries/unknown-ids.js';
import type { Catalog } from '../../../src/catalog/model.js';
import { NotInCatalogError } from '../../../src/shared/errors.js';
import { embeddedCatalog } from '../../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

describe('isFixIdShaped', () => {
  it.each(['CVE-2099-1234', 'cve-2021-26855', 'KB5121574', 'kb940006', 'MS15-103', 'ADV190018', 'ADV24199947', ' CVE-2024-21410 '])('%j is', (id) => {
    expect(isFixIdShaped(id)).toBe(true);
  });

  it.each(['15.2.1544.4', 'Exchange 2019 CU14', 'CVE-2024', 'KB12', 'MS15103'])('%j is not', (text) => {
    expect(isFixIdShaped(text)).toBe(false);
  });
});

describe('findNearestIds', () => {
  it('puts a likely typo first, then the numerically nearest of the same kind', () => {
    expect(findNearestIds(catalog, 'CVE-2021-26585')[0]).toBe('CVE-2021-26855');
    expect(findNearestIds(catalog, 'CVE-2099-1234')).toHaveLength(3);
    expect(findNearestIds(catalog, 'CVE-2099-1234').every((id) => id.startsWith('CVE-'))).toBe(true);
  });

  it('finds release KBs as well as fix KBs', () => {
    expect(findNearestIds(catalog, 'KB5121575')).toContain('KB5121574');
  });

  it('finds nothing for an id of no known shape', () => {
    expect(findNearestIds(catalog, 'RFC-1149')).toEqual([]);
  });
});

describe('explainUnknownId', () => {
  it('is a one-line NotInCatalogError (exit code 4)', () => {
    const error = explainUnknownId(catalog, 'cve-2099-1234');
    expect(error).toBeInstanceOf(NotInCatalogError);
    expect(error.message).toMatch(/^CVE-2099-1234 is not in the catalog \(published .+\): no fix or release goes by it; the nearest it knows: CVE-\d{4}-\d+, /);
    expect(error.message).not.toContain('\n');
  });
});
