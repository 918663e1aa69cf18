import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import type { IgnoreEntry } from '../../src/gate/gate-policy.js';
import { analyzeBuildString } from '../../src/analyse/analyze-build.js';
import { analyze, checked, embeddedCatalog, loadFixtureCatalog } from '../support/helpers.js';

let demo: Catalog;
let exchange: Catalog;
beforeAll(async () => {
  demo = await loadFixtureCatalog('servicing.yaml');
  exchange = await embeddedCatalog();
});

const entry = (id: string, extra: Partial<IgnoreEntry> = {}): IgnoreEntry => ({
  id,
  reason: 'accepted',
  expires: null,
  hosts: null,
  matchesHost: null,
  where: 'ignore.yaml:1',
  ...extra,
});

describe('--fail-on levels', () => {
  const demoServer = (): ReturnType<typeof analyze> => analyze(demo, '1.0.110.0', '2020-09-01');

  it.each([
    ['any', 'fail'],
    ['low', 'fail'],
    ['medium', 'fail'],
    ['moderate', 'fail'],
    ['high', 'fail'],
    ['important', 'fail'],
    ['critical', 'pass'],
    ['exploited', 'pass'],
    ['none', 'pass'],
  ] as const)('%s gives %s for a server lacking high, important, medium, low and unrated fixes', (failOn, verdict) => {
    expect(checked(demoServer(), { failOn, failOnUnsupported: false }).gate.verdict).toBe(verdict);
  });

  it('exploited fails only on flaws known to be exploited', () => {
    expect(checked(analyze(exchange, '15.2.1118.12', '2023-01-01'), { failOn: 'exploited' }).gate.failing).toEqual([
      'CVE-2022-41040',
      'CVE-2022-41080',
      'CVE-2022-41082',
    ]);
  });

  it('never filters what is shown', () => {
    expect(checked(demoServer(), { failOn: 'none' }).gate.shown).toHaveLength(5);
  });
});

describe('--grace', () => {
  it('lets fixes younger than the grace period pass, and fails once they are older', () => {
    const report = analyze(exchange, 'Exchange SE RTM Jul26SU', '2026-08-20');
    expect(report.exposed.length).toBeGreaterThan(0);
    expect(checked(report).gate.verdict).toBe('fail');
    expect(checked(report, { graceDays: 30 }).gate.verdict).toBe('pass');
    expect(checked(analyze(exchange, 'Exchange SE RTM Jul26SU', '2026-09-20'), { graceDays: 30 }).gate.verdict).toBe('fail');
  });

  it('judges each missing fix by the release that brought it, not by the newest release', () => {
    const report = analyze(exchange, 'Exchange SE RTM May26HU', '2026-11-30');
    const { gate } = checked(report, { graceDays: 120 });
    expect(gate.verdict).toBe('fail');
    expect(gate.failing).toContain('CVE-2026-42897');
    expect(gate.failing).not.toContain('CVE-2026-96940');
  });

  it('applies to missing fixes by the date they were first shipped', () => {
    const report = analyze(exchange, '15.2.1748.39', '2025-12-20');
    expect(checked(report, { graceDays: 30 }).gate.failing).toEqual([]);
    expect([...checked(report, { graceDays: 5 }).gate.failing].sort()).toEqual(['CVE-2025-64666', 'CVE-2025-64667']);
  });
});

describe('--require', () => {
  it.each([
    ['15.2.858.5', 'CVE-2021-26855', 'present'],
    ['15.2.792.3', 'CVE-2021-26855', 'missing'],
    ['15.1.1415.10', 'CVE-2018-0924', 'uncertain'],
    ['8.3.517.0', 'CVE-2021-26855', 'not-applicable'],
    ['8.3.517.0', 'CVE-2012-1766', 'present'],
    ['6.5.7638.1', 'CVE-2021-26855', 'unknown'],
  ])('%s has %s: %s', (build, id, state) => {
    const report = analyzeBuildString(exchange, { buildString: build, asOf: '2026-11-24', target: 'supported', require: [id] });
    expect(report.required).toEqual([{ id, state }]);
    const failsOn = checked(report, { failOn: 'none', failOnUnknown: false, failOnUnsupported: false }).gate;
    expect(failsOn.verdict).toBe(state === 'present' || state === 'not-applicable' ? 'pass' : 'fail');
  });
});

describe('--fail-on-unsupported and --fail-on-unknown', () => {
  it('fails an out-of-support server lacking nothing by default, naming the way out, unless told to accept it', () => {
    const report = analyze(exchange, '8.3.517.0', '2026-11-24');
    expect(checked(report).gate).toMatchObject({ verdict: 'fail', reasons: ['out of support since 2017-04-11: the catalog lists no supported successor'] });
    expect(checked(report, { failOnUnsupported: false }).gate.verdict).toBe('pass');
    expect(checked(analyze(exchange, '15.0.1497.48', '2026-11-30')).gate.reasons).toContain(
      'out of support since 2023-04-11: move to Exchange Server Subscription Edition (Exchange SE RTM Sep26SUv2)',
    );
  });

  it('maps an unplaceable build to 4, or lets it pass with --no-fail-on-unknown', () => {
    const report = analyze(exchange, '99.1.2.3', '2026-11-24');
    expect(checked(report).gate.verdict).toBe('unplaced');
    expect(checked(report, { failOnUnknown: false }).gate.verdict).toBe('pass');
  });

  it('passes a build newer than every listed release of its line, or maps it to 4 with --fail-on-newer-build', () => {
    const report = analyze(exchange, '15.2.2562.99', '2026-11-30');
    expect(report).toMatchObject({ status: 'ahead', exposed: [], recommended: null });
    expect(checked(report).gate.verdict).toBe('pass');
    expect(checked(report, { failOnNewerBuild: true }).gate.verdict).toBe('unplaced');
  });
});

describe('ignore entries', () => {
  const report = (): ReturnType<typeof analyze> => analyze(demo, '1.0.110.0', '2020-09-01');

  it('suppresses a fix so it no longer fails the gate, and counts it', () => {
    expect(checked(report(), { failOn: 'high', ignore: [entry('SEC-2')] }).gate.failing).toEqual(['SEC-5']);
    const { gate } = checked(report(), { failOn: 'high', failOnUnsupported: false, ignore: [entry('SEC-2'), entry('SEC-5')] });
    expect(gate.verdict).toBe('pass');
    expect(gate.suppressedCount).toBe(2);
    expect(gate.shown.map((fix) => fix.id)).toEqual(['SEC-3', 'SEC-4', 'BUG-3']);
  });

  it('shows suppressed fixes with their reason when asked', () => {
    const { gate } = checked(report(), { ignore: [entry('SEC-2', { reason: 'proxy rule', expires: '2030-01-01' })], showSuppressed: true });
    expect(gate.shown.find((fix) => fix.id === 'SEC-2')?.suppressed).toEqual({ reason: 'proxy rule', expires: '2030-01-01' });
  });

  it('stops suppressing after the expiry date', () => {
    const { gate } = checked(report(), { failOn: 'high', ignore: [entry('SEC-2', { expires: '2020-08-31' })] });
    expect(gate.verdict).toBe('fail');
    expect(gate.suppressedCount).toBe(0);
  });

  it('matches a CVE against the bulletin that covers it', () => {
    const { gate } = checked(analyze(exchange, '8.3.245.2', '2026-11-24'), { ignore: [entry('CVE-2012-1766')] });
    expect(gate.shown.map((fix) => fix.id)).not.toContain('MS12-058');
  });
});
