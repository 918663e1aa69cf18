import { describe, expect, it } from 'vitest';
import { staleCatalogWarning } from '../../src/gate/catalog-age.js';
import { runInProcess } from '../support/run-in-process.js';

const EMBEDDED = { file: 'embedded:exchange.yaml', published: '2026-11-24', digest: 'sha256:0' };

describe('catalog freshness', () => {
  it.each([
    ['2027-01-23', 60, false],
    ['2027-01-24', 60, true],
    ['2026-12-01', 5, true],
    ['2007-07-01', 60, false],
  ])('as of %s with a limit of %i days: stale %s', (asOf, limit, stale) => {
    expect(staleCatalogWarning([EMBEDDED], asOf, limit) !== null).toBe(stale);
  });

  it('warns on stderr and keeps the exit code, or exits 5 when asked to', async () => {
    const warned = await runInProcess(['15.2.2562.46', '--as-of', '2027-03-01']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(
      'rollup-check: warning: the newest catalog (embedded:exchange.yaml) was published 2026-11-24, 97 days before 2027-03-01: it may lack the latest rollups (limit: --max-catalog-age 60)\n',
    );
    expect((await runInProcess(['15.2.2562.46', '--as-of', '2027-03-01', '--fail-on-stale-catalog'])).code).toBe(5);
    expect((await runInProcess(['15.2.2562.46', '--as-of', '2027-03-01', '--fail-on-stale-catalog', '--max-catalog-age', '120'])).code).toBe(0);
  });
});
