import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CatalogDocument } from '../../../src/catalog/document.js';
import { planImport } from '../../../src/catalog/import/plan-import.js';
import { readImportFiles } from '../../../src/input/import-files.js';
import { parseImportSources } from '../../../src/parse/import/import-sources.js';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../../support/helpers.js';

const shipped = parse(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8')) as CatalogDocument;
const IMPORT = fixturePath('import');
const sourcesOf = (...names: string[]) => parseImportSources(readImportFiles(names.map((name) => join(IMPORT, name))));
const plan = (names: string[], factsComplete: string | null = null) =>
  planImport(shipped, sourcesOf(...names), { today: '2026-11-30', factsComplete });
const messages = (findings: readonly { message: string }[]) => findings.map((finding) => finding.message);

describe('planning an import into the shipped catalog', () => {
  const all = plan(['records', 'records-revised', 'build-table.csv', 'kev.json']);
  const release = (name: string) =>
    all.work.document.products.flatMap((product) => product.lines.flatMap((line) => line.releases)).find((candidate) => candidate.name === name)!;
  const fix = (id: string) => all.work.document.fixes.find((candidate) => candidate.id === id)!;

  it('adds releases by build range, with ESU availability after the end of support and replaces for re-releases', () => {
    expect(release('Exchange 2019 CU15 Oct26SUv2')).toMatchObject({ build: '15.2.1748.57', kind: 'su', availability: 'esu', replaces: 'Exchange 2019 CU15 Oct26SU' });
    expect(release('Exchange SE RTM Oct26SU').availability).toBeUndefined();
  });

  it('creates fixes with the record title marked as imported, the lower-cased CVSS severity and the advisory link', () => {
    expect(fix('CVE-2026-90001')).toEqual({
      id: 'CVE-2026-90001',
      kind: 'security',
      severity: 'high',
      cvss: 8.8,
      exploited: true,
      kevAdded: '2026-10-15',
      summary: 'Microsoft Exchange Server Remote Code Execution Vulnerability',
      summaryImported: true,
      url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-90001',
    });
    expect(fix('CVE-2026-90005')).not.toHaveProperty('cvss');
  });

  it('follows a revised record to the later release and leaves the fix uncertain on the earlier one', () => {
    expect(release('Exchange SE RTM Oct26SU').uncertainFixes).toEqual(['CVE-2026-90002']);
    expect(release('Exchange SE RTM Oct26SU').fixes).not.toContain('CVE-2026-90002');
    expect(release('Exchange SE RTM Oct26SUv2').fixes).toEqual(['CVE-2026-90002']);
    expect(fix('CVE-2026-90002').note).toMatch(/^On 2026-10-21 the CVE record moved the first fixed build to a later update/);
  });

  it('places a first fixed build on a later CU there, and notes the CU upgrade', () => {
    expect(release('Exchange 2019 CU15 Oct26SU').fixes).toContain('CVE-2026-90004');
    expect(messages(all.log.notes)).toContain(
      'CVE-2026-90004: no update on exchange-2019 CU13 fixes it; the first fixed build is "Exchange 2019 CU15 Oct26SU" on line CU15 (a CU upgrade)',
    );
  });

  it("never overwrites a maintainer's summary, but updates score, severity and the exploited flag", () => {
    expect(fix('CVE-2026-21527')).toMatchObject({ summary: 'Spoofing weakness in Exchange Server', cvss: 7.1, severity: 'high', exploited: true, kevAdded: '2026-10-14' });
  });

  it('reports every case it does not resolve, and leaves factsComplete where it was', () => {
    expect(messages(all.log.conflicts)).toEqual([
      'CVE-2021-26855: "Microsoft Exchange Server 2019" gives "N/A" instead of a first fixed build: where it is fixed is not known',
      'CVE-2026-90003: no catalog product has the alias "Microsoft Exchange Online Protection"',
      'CVE-2026-90005: first fixed build 15.2.2562.99 for "Microsoft Exchange Server Subscription Edition RTM" is not in the catalog (import the build table first)',
      'KEV lists CVE-2026-90003 (fix CVE-2026-90003) for "Microsoft Exchange Online", a product no catalog product has as alias: not flagged',
      'KEV lists CVE-2026-99999 for "Microsoft Exchange Server" (added 2026-10-17), but the catalog has no fix for it: import its CVE record',
    ]);
    expect(all.work.document.factsComplete).toBe('2026-10-08');
    expect(all.work.document.published).toBe('2026-11-30');
  });

  it('moves factsComplete to the newest date every source covers when nothing is in conflict', () => {
    const clean = plan(['records/CVE-2026-90001.json', 'records/CVE-2026-90002.json', 'records-revised', 'build-table.csv']);
    expect(clean.log.conflicts).toEqual([]);
    expect(clean.work.document.factsComplete).toBe('2026-10-20');
    expect(clean.log.changes).toContainEqual({ kind: 'catalog-dates', subject: 'factsComplete', detail: '2026-10-08 becomes 2026-10-20 (the newest date every imported source covers)' });
  });

  it('takes the earliest of the sources\' dates, and KEV entries alone move nothing', () => {
    expect(plan(['records/CVE-2026-90001.json', 'build-table.csv']).work.document.factsComplete).toBe('2026-10-13');
    expect(plan(['kev.json']).work.document.factsComplete).toBe('2026-10-08');
  });

  it('refuses to move a fix to an earlier release than the catalog lists it on', () => {
    const earlier = JSON.parse(readFileSync(join(IMPORT, 'records/CVE-2026-90002.json'), 'utf8')) as { cveMetadata: { dateUpdated: string } };
    earlier.cveMetadata.dateUpdated = '2026-10-30T00:00:00.000Z';
    const sources = sourcesOf('records-revised', 'build-table.csv');
    sources.records.push(...parseImportSources([{ file: 'newest.json', text: JSON.stringify(earlier) }]).records);
    const { log } = planImport(shipped, sources, { today: '2026-11-30', factsComplete: null });
    expect(messages(log.conflicts)).toContain(
      'CVE-2026-90002: the record names "Exchange SE RTM Oct26SU", earlier than "Exchange SE RTM Oct26SUv2" where the catalog lists it: not moved',
    );
  });
});
