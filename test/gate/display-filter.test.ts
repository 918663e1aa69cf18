import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import { severityFilterOf } from '../../src/gate/display-filter.js';
import { analyze, checked, embeddedCatalog } from '../support/helpers.js';

let exchange: Catalog;
beforeAll(async () => {
  exchange = await embeddedCatalog();
});

describe('--severity, a display filter', () => {
  it('shows only the severities asked for, and the gate still counts every finding', () => {
    const report = analyze(exchange, '15.2.1544.4', '2026-11-24');
    const all = checked(report);
    const critical = checked(report, { showSeverities: severityFilterOf(['critical']) });
    expect(critical.gate.shown.length).toBeGreaterThan(0);
    expect(critical.gate.shown.every((fix) => fix.severity === 'critical')).toBe(true);
    expect(critical.gate.hiddenCount).toBe(all.gate.shown.length - critical.gate.shown.length);
    expect(critical.gate.verdict).toBe(all.gate.verdict);
    expect(critical.gate.failing).toEqual(all.gate.failing);
    expect(critical.gate.counts).toEqual(all.gate.counts);
  });

  it('maps the words of both rating systems to the same band, and shows fixes without a severity as unknown', () => {
    const report = analyze(exchange, '15.2.1544.4', '2026-11-24');
    expect(checked(report, { showSeverities: severityFilterOf(['important']) }).gate.shown).toEqual(
      checked(report, { showSeverities: severityFilterOf(['high']) }).gate.shown,
    );
    expect(checked(report, { showSeverities: severityFilterOf(['unknown']) }).gate.shown.every((fix) => fix.severity === null)).toBe(true);
  });
});

describe('configuration steps in the gate', () => {
  it('never fail the gate unless asked to', () => {
    const report = analyze(exchange, '15.2.2562.53', '2026-11-24');
    expect(checked(report).gate.verdict).toBe('pass');
    const strict = checked(report, { failOnUnconfirmed: true }).gate;
    expect(strict.verdict).toBe('fail');
    expect(strict.reasons.at(-1)).toMatch(/^\d+ configuration steps to confirm on the server: CVE-2024-21410, /);
  });

  it('are confirmed by an ignore-file entry for the fix', () => {
    const report = analyze(exchange, '15.2.2562.53', '2026-11-24');
    const ignore = report.toConfirm.map((step) => ({
      id: step.id,
      reason: 'checked with HealthChecker',
      expires: null,
      hosts: null,
      where: 'x:1',
      matchesHost: null,
    }));
    const gate = checked(report, { failOnUnconfirmed: true, ignore }).gate;
    expect(gate.verdict).toBe('pass');
    expect(gate.unconfirmed).toEqual([]);
    expect(checked(report, { ignore, showSuppressed: true }).gate.unconfirmed[0]?.suppressed).toEqual({ reason: 'checked with HealthChecker', expires: null });
  });
});
