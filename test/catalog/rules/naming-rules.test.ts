import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../../../src/catalog/document.js';
import { namingPatternsCompile, summaryReworded } from '../../../src/catalog/rules/naming-rules.js';

const catalog = (extra: Partial<CatalogDocument>): CatalogDocument => ({ schemaVersion: 1, published: '2026-01-01', products: [], ...extra });

describe('the naming rules', () => {
  it('finds every pattern that is no regular expression, where it is', () => {
    const findings = namingPatternsCompile(
      catalog({
        naming: { lines: [{ pattern: '^CU(\\d+', line: 'CU$1' }], releaseKinds: [{ pattern: 'SU$', kind: 'su' }], reRelease: '[v' },
        products: [{ id: 'p', name: 'P', builds: { from: '1.0.0.0', below: '2.0.0.0' }, lineNames: [{ pattern: '(', line: 'X' }], lines: [] }],
      }),
    );
    expect(findings.map((finding) => finding.path)).toEqual([
      ['naming', 'lines', 0, 'pattern'],
      ['naming', 'reRelease'],
      ['products', 0, 'lineNames', 0, 'pattern'],
    ]);
    expect(findings[0]!.message).toMatch(/^is not a regular expression: /);
  });

  it('warns about summaries waiting to be reworded', () => {
    expect(summaryReworded(catalog({ fixes: [{ id: 'CVE-2026-1', kind: 'security', summary: 'Title', summaryImported: true }] }))).toEqual([
      { path: ['fixes', 0, 'summary'], message: "the summary of CVE-2026-1 is the record's title as imported: reword it and remove summaryImported" },
    ]);
  });
});
