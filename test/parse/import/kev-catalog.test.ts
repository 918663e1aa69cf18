import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKevCatalog, parseKevCatalog } from '../../../src/parse/import/kev-catalog.js';
import { fixturePath } from '../../support/helpers.js';

const json = (name: string): unknown => JSON.parse(readFileSync(fixturePath(`import/${name}`), 'utf8'));

describe("reading CISA's KEV catalog", () => {
  it('takes each entry and the date the catalog was released', () => {
    const value = json('kev.json');
    expect(isKevCatalog(value)).toBe(true);
    const { catalog, problems } = parseKevCatalog(value, 'kev.json');
    expect(problems).toEqual([]);
    expect(catalog!.released).toBe('2026-10-21');
    expect(catalog!.entries[0]).toEqual({
      cveId: 'CVE-2026-90001',
      vendorProject: 'Microsoft',
      product: 'Exchange Server',
      dateAdded: '2026-10-15',
      dueDate: '2026-11-05',
      ransomware: 'Unknown',
      pointer: '/vulnerabilities/0',
    });
  });

  it('names the JSON pointer of every bad value', () => {
    expect(parseKevCatalog(json('malformed/bad-kev.json'), 'bad.json').problems).toEqual([
      { file: 'bad.json', at: '/vulnerabilities/1/dateAdded', message: 'must be a date as YYYY-MM-DD, not "16/10/2026"' },
      { file: 'bad.json', at: '/vulnerabilities/2/cveID', message: 'missing: must be a string' },
    ]);
  });

  it('is told apart from a CVE record', () => {
    expect(isKevCatalog(json('records/CVE-2026-90001.json'))).toBe(false);
  });
});
