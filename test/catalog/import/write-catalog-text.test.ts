import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CatalogDocument } from '../../../src/catalog/document.js';
import { WorkingCatalog } from '../../../src/catalog/import/working-catalog.js';
import { writeCatalogText } from '../../../src/catalog/import/write-catalog-text.js';

const TEXT = `# A small catalog
schemaVersion: 1
published: 2026-01-01   # moved by hand
products:
  - id: demo
    name: Demo Server
    builds: { from: 1.0.0.0, below: 2.0.0.0 }
    lines:
      - name: CU1
        releases:
          - name: Demo CU1
            build: 1.0.100.0
            date: 2025-01-01
            kind: cu
          # the June update
          - name: Demo CU1 Jun26SU
            build: 1.0.100.5
            date: 2026-06-09
            kind: su
            fixes: [SEC-1, SEC-2]
fixes:
  - id: SEC-1
    kind: security
    summary: "First: a flaw"
  - id: SEC-2
    kind: security
    cvss: 5.0
    summary: Second flaw
`;

const edit = (change: (work: WorkingCatalog) => void): string => {
  const work = new WorkingCatalog(parse(TEXT) as CatalogDocument);
  change(work);
  return writeCatalogText(TEXT, work);
};

describe('writing the changed catalog back', () => {
  it('returns the text unchanged when nothing changed', () => {
    expect(edit(() => undefined)).toBe(TEXT);
  });

  it('changes only the changed values, keeping comments, quoting and flow style', () => {
    const text = edit((work) => {
      work.document.published = '2026-07-01';
      work.document.factsComplete = '2026-06-30';
      const [june] = work.document.products[0]!.lines[0]!.releases.slice(1);
      june!.fixes = ['SEC-1'];
      june!.uncertainFixes = ['SEC-2'];
      work.document.fixes[1]!.cvss = 6.5;
    });
    expect(text).toBe(
      TEXT.replace('published: 2026-01-01   # moved by hand\n', 'published: 2026-07-01   # moved by hand\nfactsComplete: 2026-06-30\n')
        .replace('fixes: [SEC-1, SEC-2]\n', 'fixes: [SEC-1]\n            uncertainFixes: [SEC-2]\n')
        .replace('cvss: 5.0', 'cvss: 6.5'),
    );
  });

  it('removes a list that became empty and adds new releases, lines and fixes in the catalog style', () => {
    const text = edit((work) => {
      const product = work.document.products[0]!;
      delete product.lines[0]!.releases[1]!.fixes;
      work.addRelease(product, product.lines[0]!, { name: 'Demo CU1 Jul26SU', build: '1.0.100.7', date: '2026-07-14', kind: 'su', kb: 'KB1', url: 'https://example.com/a', fixes: ['SEC-3'] });
      work.addLine(product, { name: 'CU2', releases: [{ name: 'Demo CU2', build: '1.0.200.1', date: '2026-08-01', kind: 'cu' }] });
      work.addFix({ id: 'SEC-3', kind: 'security', severity: 'high', cvss: 8, summary: 'Title: with a colon', summaryImported: true });
    });
    expect(text).not.toContain('fixes: [SEC-1, SEC-2]');
    expect(text).toContain(
      '            kind: su\n          - name: Demo CU1 Jul26SU\n            build: 1.0.100.7\n            date: 2026-07-14\n            kind: su\n            kb: KB1\n            url: "https://example.com/a"\n            fixes: [SEC-3]\n      - name: CU2\n        releases:\n          - name: Demo CU2\n',
    );
    expect(text.endsWith('  - id: SEC-3\n    kind: security\n    severity: high\n    cvss: 8.0\n    summary: "Title: with a colon"\n    summaryImported: true\n')).toBe(true);
    expect(parse(text)).toMatchObject({ products: [{ lines: [{ releases: [{}, {}, { name: 'Demo CU1 Jul26SU' }] }, { name: 'CU2' }] }] });
  });
});
