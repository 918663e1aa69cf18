import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../../src/catalog/import/import-log.js';
import { renderImportSummary } from '../../../src/render/import/import-summary.js';

describe('the import summary', () => {
  it('lists changes by kind, then notes and conflicts, then the totals', () => {
    const log = new ImportLog();
    log.inputs.records = 2;
    log.change('release-added', 'Demo CU1 Jul26SU', '1.0.100.7, 2026-07-14: demo CU1');
    log.change('fix-added', 'SEC-3', 'high 8.8 (CVSS 3.1), first fixed by "Demo CU1 Jul26SU"');
    log.change('fact-changed', 'SEC-1', 'CVSS 5 becomes 6.5');
    log.note('a.json /containers/cna/metrics', 'no CVSS v3 score');
    log.conflict('b.json /containers/cna/affected/0/product', 'no catalog product has the alias "Other"');
    expect(renderImportSummary(log, { target: 'catalog.yaml', written: 'dry run: nothing written', format: 'text' })).toBe(
      [
        'Import into catalog.yaml (dry run: nothing written)',
        'Read 2 CVE records, 0 build tables (0 rows), 0 KEV catalogs (0 entries, 0 about the catalog)',
        '',
        'Releases added (1)',
        '  + Demo CU1 Jul26SU: 1.0.100.7, 2026-07-14: demo CU1',
        '',
        'Fixes added (1)',
        '  + SEC-3: high 8.8 (CVSS 3.1), first fixed by "Demo CU1 Jul26SU"',
        '',
        'Facts changed (1)',
        '  ~ SEC-1: CVSS 5 becomes 6.5',
        '',
        'Notes (1)',
        '  - a.json /containers/cna/metrics: no CVSS v3 score',
        '',
        'Conflicts, not resolved (the catalog keeps what it had) (1)',
        '  ! b.json /containers/cna/affected/0/product: no catalog product has the alias "Other"',
        '',
        '1 release added, 1 fix added, 1 fact changed, 1 conflict',
        '',
      ].join('\n'),
    );
  });
});
