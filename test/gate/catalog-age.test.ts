import { describe, expect, it } from 'vitest';
import { catalogFreshness, describeFreshness, staleCatalogWarning } from '../../src/gate/catalog-age.js';
import { runInProcess } from '../support/run-in-process.js';

const EMBEDDED = { file: 'embedded:exchange.yaml', published: '2026-11-30', factsComplete: '2026-10-08', digest: 'sha256:0' };
const UNDECLARED = { ...EMBEDDED, factsComplete: null };

describe('catalog freshness', () => {
  it.each([
    ['2026-12-07', 60, false],
    ['2026-12-08', 60, true],
    ['2026-10-14', 5, true],
    ['2007-07-01', 60, false],
  ])('as of %s with a limit of %i days, measured from the facts-complete date: stale %s', (asOf, limit, stale) => {
    expect(staleCatalogWarning(EMBEDDED, asOf, limit) !== null).toBe(stale);
  });

  it('measures from the publication date when a catalog declares no facts-complete date', () => {
    expect(staleCatalogWarning(UNDECLARED, '2027-01-29', 60)).toBeNull();
    expect(staleCatalogWarning(UNDECLARED, '2027-01-30', 60)).not.toBeNull();
  });

  it.each([
    ['2026-10-08', 0, null],
    ['2026-10-13', 1, 'facts end 2026-10-08; 1 monthly update day since: newer updates may exist'],
    ['2026-11-30', 2, 'facts end 2026-10-08; 2 monthly update days since: newer updates may exist'],
    ['2027-01-12', 4, 'facts end 2026-10-08; 4 monthly update days since: newer updates may exist'],
  ])('as of %s counts %i second Tuesdays since the facts end', (asOf, days, text) => {
    const freshness = catalogFreshness(EMBEDDED, asOf);
    expect(freshness).toEqual({ factsComplete: '2026-10-08', updateDaysSince: days });
    expect(describeFreshness(freshness)).toBe(text);
  });

  it('warns on stderr and keeps the exit code, or exits 5 when asked to', async () => {
    const warned = await runInProcess(['15.2.2562.53', '--as-of', '2027-03-01']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(
      "rollup-check: warning: the catalog's facts end 2026-10-08 (embedded:exchange.yaml), 144 days before 2027-03-01: it may lack the latest rollups (limit: --max-catalog-age 60)\n",
    );
    expect(warned.stdout).toContain('facts end 2026-10-08; 5 monthly update days since: newer updates may exist');
    expect((await runInProcess(['15.2.2562.53', '--as-of', '2027-03-01', '--fail-on-stale-catalog'])).code).toBe(5);
    expect((await runInProcess(['15.2.2562.53', '--as-of', '2027-03-01', '--fail-on-stale-catalog', '--max-catalog-age', '150'])).code).toBe(0);
  });
});
