import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBuildString } from '../../src/analyse/analyze-build.js';
import { diffReleases } from '../../src/analyse/queries/diff-releases.js';
import { explain } from '../../src/analyse/queries/explain.js';
import type { Catalog } from '../../src/catalog/model.js';
import { analyze, checked, embeddedCatalog, exposedIds, loadFixtureCatalog } from '../support/helpers.js';

const TODAY = '2026-11-30';
const REPOINTED = ['CVE-2026-47631', 'CVE-2026-45583', 'CVE-2026-45504', 'CVE-2026-45503', 'CVE-2026-45502', 'CVE-2026-45501', 'CVE-2026-45500'];

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

describe('Exchange SE servers in late 2026', () => {
  it('a Feb26SU server lacks the 29 CVEs of June to September, the exploited OWA flaw first, and fails every gate', () => {
    const report = analyze(catalog, '15.2.2562.37', TODAY);
    expect(report.recommended?.name).toBe('Exchange SE RTM Sep26SUv2');
    expect(report.exposed).toHaveLength(29);
    expect(report.exposed[0]).toMatchObject({ id: 'CVE-2026-42897', exploited: true, kevAdded: '2026-05-15', fixedIn: 'Exchange SE RTM Jun26SU' });
    for (const failOn of ['high', 'critical', 'exploited'] as const) expect(checked(report, { failOn }).gate.verdict).toBe('fail');
  });

  it('a Jun26SU server may lack the seven CVEs the record moved to July, and lacks the rest for certain', () => {
    const report = analyze(catalog, 'Exchange SE RTM Jun26SU', TODAY);
    const uncertain = report.exposed.filter((fix) => !fix.certain).map((fix) => fix.id);
    expect(uncertain.sort()).toEqual([...REPOINTED].sort());
    expect(report.exposed.find((fix) => fix.id === 'CVE-2026-45500')?.note).toMatch(/Jun/);
    expect(exposedIds(report)).not.toContain('CVE-2026-42897');
    expect(report.warnings.map((warning) => warning.code)).toContain('disputed-fixes');
  });

  it('a Sep26SU v1 server still lacks the fix only v2 brings', () => {
    const report = analyze(catalog, '15.2.2562.49', TODAY);
    expect(exposedIds(report)).toEqual(['CVE-2026-96940']);
    expect(report.recommended?.name).toBe('Exchange SE RTM Sep26SUv2');
  });

  it('a build above every listed SE release contains every listed fix and passes, with a warning', () => {
    const report = analyze(catalog, '15.2.2562.99', TODAY);
    expect(report).toMatchObject({ status: 'ahead', exposed: [], recommended: null });
    expect(report.warnings.map((warning) => warning.code)).toContain('newer-than-catalog');
  });

  it('Exchange SE did not exist before its first release', () => {
    const report = analyze(catalog, '15.2.2562.53', '2025-01-01');
    expect(report).toMatchObject({ status: 'unknown', product: null, support: null });
    expect(report.warnings[0]).toMatchObject({ code: 'product-not-yet-released' });
    expect(report.warnings[0]?.message).toContain('2025-07-01');
  });
});

describe('the move to Exchange SE', () => {
  it('sends a fully patched Exchange 2019 CU14 server to SE in place, with the September fixes it lacks', () => {
    const report = analyze(catalog, '15.2.1544.44', TODAY);
    expect(report.status).toBe('unsupported');
    expect(report.recommended).toMatchObject({ name: 'Exchange SE RTM Sep26SUv2', method: 'in-place', product: { id: 'exchange-se' } });
    expect(report.recommended?.path.map((step) => step.name)).toEqual(['Exchange SE RTM', 'Exchange SE RTM Sep26SUv2']);
    expect(exposedIds(report)).toContain('CVE-2026-96940');
    expect(report.exposed.every((fix) => fix.certain)).toBe(true);
  });

  it('takes an Exchange 2019 CU12 server to CU15 before the in-place upgrade', () => {
    const report = analyze(catalog, '15.2.1118.40', TODAY);
    expect(report.recommended?.path.map((step) => step.name)).toEqual(['Exchange 2019 CU15', 'Exchange SE RTM', 'Exchange SE RTM Sep26SUv2']);
  });

  it('keeps an enrolled organisation on its 2019 line while an ESU period runs, and says the update needs ESU', () => {
    const enrolled = analyzeBuildString(catalog, { buildString: 'Exchange 2019 CU14 Feb26SU', asOf: '2026-07-01', target: 'supported', esu: true });
    expect(enrolled.status).toBe('behind');
    expect(enrolled.recommended).toMatchObject({ name: 'Exchange 2019 CU14 Jun26SU', availability: 'esu', method: 'update' });
    expect(enrolled.support?.esu).toMatchObject({ period: 'ESU period 2', enrolled: true });
    expect(checked(enrolled, { failOn: 'none' }).gate.verdict).toBe('pass');
    const notEnrolled = analyze(catalog, 'Exchange 2019 CU14 Feb26SU', '2026-07-01');
    expect(notEnrolled.recommended?.product.id).toBe('exchange-se');
    const afterLastPeriod = analyzeBuildString(catalog, { buildString: 'Exchange 2019 CU14 Feb26SU', asOf: TODAY, target: 'supported', esu: true });
    expect(afterLastPeriod.recommended?.product.id).toBe('exchange-se');
  });

  it('sends Exchange 2016 side by side, and does not count fixes shipped only for other products while 2016 was serviced', () => {
    const report = analyze(catalog, '15.1.2507.6', TODAY);
    expect(report.recommended).toMatchObject({ method: 'side-by-side', name: 'Exchange SE RTM Sep26SUv2' });
    expect(exposedIds(report)).not.toContain('CVE-2026-55007');
    expect(exposedIds(report)).toContain('CVE-2026-42897');
  });

  it('fails an Exchange 2013 CU23 Mar23SU server by default and names the way out through removal', () => {
    const report = analyze(catalog, '15.0.1497.48', TODAY);
    expect(report.status).toBe('unsupported');
    expect(report.recommended).toMatchObject({ method: 'after-removal', product: { id: 'exchange-se' } });
    expect(report.exposed.length).toBeGreaterThan(0);
    expect(report.exposed.every((fix) => !fix.certain && fix.date > '2023-03-14')).toBe(true);
    expect(checked(report).gate.verdict).toBe('fail');
    expect(checked(report, { failOnUnsupported: false, failOn: 'none' }).gate.verdict).toBe('pass');
  });

  it('compares, explains and requires fixes across the succession', () => {
    const diff = diffReleases(catalog, '15.2.1748.10', '15.2.2562.17', TODAY);
    expect(diff.gained.map((fix) => fix.id)).toContain('CVE-2025-53786');
    const explained = explain(catalog, 'Exchange SE RTM', TODAY, null);
    expect(explained.subject === 'release' && explained.contains.length).toBeGreaterThan(100);
    const required = analyzeBuildString(catalog, { buildString: '15.2.2562.17', asOf: TODAY, target: 'supported', require: ['CVE-2021-26855'] });
    expect(required.required).toEqual([{ id: 'CVE-2021-26855', state: 'present' }]);
  });
});

describe('what the catalog does not know', () => {
  let widget: Catalog;
  beforeAll(async () => {
    widget = await loadFixtureCatalog('unknown-fix-list.yaml');
  });

  it('never says "lacks no listed fix" while a missing security update lists no fixes, and fails every level but exploited and none', () => {
    const report = analyze(widget, 'Widget RTM Feb24SU', '2024-06-30');
    expect(report.exposure).toMatchObject({ complete: false, unknownSecurityUpdates: ['Widget RTM Apr24SU'] });
    expect(exposedIds(report)).toEqual(['CVE-2024-1003']);
    for (const failOn of ['any', 'critical', 'high', 'low'] as const) expect(checked(report, { failOn }).gate.verdict).toBe('fail');
    for (const failOn of ['exploited', 'none'] as const) expect(checked(report, { failOn }).gate.verdict).toBe('pass');
  });

  it('lists a bulletin with the CVEs it fixes on the server product only', () => {
    const report = analyze(catalog, '8.3.327.1', TODAY);
    expect(report.exposed.find((fix) => fix.id === 'MS13-105')?.cves).toEqual(['CVE-2013-1330', 'CVE-2013-5763', 'CVE-2013-5791']);
    const required = analyzeBuildString(catalog, { buildString: '8.3.327.1', asOf: TODAY, target: 'supported', require: ['CVE-2013-5072', 'CVE-2013-1330'] });
    expect(required.required).toEqual([
      { id: 'CVE-2013-5072', state: 'not-applicable' },
      { id: 'CVE-2013-1330', state: 'missing' },
    ]);
  });
});

describe('CU-level input', () => {
  it('may lack what an update on its CU could have brought, and certainly lacks later CUs fixes', () => {
    const report = analyze(catalog, 'Version 15.2 (Build 1544.4)', TODAY);
    expect(report.confidence).toBe('cu-level');
    const onLine = report.exposed.filter((fix) => fix.fixedIn.startsWith('Exchange 2019 CU14 '));
    expect(onLine.length).toBeGreaterThan(0);
    expect(onLine.every((fix) => !fix.certain)).toBe(true);
    expect(checked(report, { failOn: 'exploited', failOnUnsupported: false }).gate.verdict).toBe('pass');
    expect(checked(report, { failOn: 'exploited', failOnUnsupported: false, failOnUncertain: true }).gate.verdict).toBe('fail');
  });
});
