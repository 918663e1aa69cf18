import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import { analyze, exposedIds, loadFixtureCatalog } from '../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadFixtureCatalog('edges.yaml');
});

describe('edge cases of the servicing model', () => {
  it('orders exposure exploited first, then by severity, then by score', () => {
    expect(exposedIds(analyze(catalog, '5.0.100.0', '2020-07-01'))).toEqual(['EXPL-1', 'CRIT-1', 'HIGH-2', 'HIGH-1', 'LOW-1']);
  });

  it('does not let a base release inherit a fix published the same day', () => {
    expect([...catalog.contentsOf(catalog.releasesByName.get('edge cu1')!).fixes]).toEqual([]);
  });

  it('never recommends a preview, and calls a preview-only server current while nothing else exists', () => {
    const report = analyze(catalog, '5.0.10.0', '2020-02-01');
    expect(report.recommended).toBeNull();
    expect(report.status).toBe('current');
  });

  it('moves a preview server to the release once it ships', () => {
    const report = analyze(catalog, '5.0.10.0', '2020-03-05');
    expect(report.recommended?.name).toBe('Edge RTM');
    expect(report.status).toBe('unsupported');
  });

  it('recommends the newest supported line, not merely a newer line', () => {
    const report = analyze(catalog, '5.0.110.0', '2021-01-15');
    expect(report.recommended?.name).toBe('Edge CU2');
    expect(analyze(catalog, '5.1.100.0', '2021-01-15').recommended?.name).toBe('Edge CU1');
  });

  it('treats the end of a product range as exclusive', () => {
    expect(analyze(catalog, '5.9.0.0', '2021-01-15').installed.match).toBe('unknown-product');
    expect(analyze(catalog, '5.8.65535.65535', '2021-01-15').product?.id).toBe('edge');
  });

  it('reports a build below the first release as older, not newer', () => {
    const report = analyze(catalog, '5.0.1.0', '2021-01-15');
    expect(report.installed.match).toBe('older');
    expect(report.status).toBe('unknown');
    expect(report.warnings.map((warning) => warning.code)).toContain('older-than-catalog');
  });

  it('does not know a product before its first release', () => {
    const report = analyze(catalog, '5.0.100.0', '2019-12-01');
    expect(report).toMatchObject({ status: 'unknown', product: null, support: null, installed: { match: 'unknown-product' } });
    expect(report.warnings.map((warning) => warning.code)).toEqual(['product-not-yet-released']);
  });
});
