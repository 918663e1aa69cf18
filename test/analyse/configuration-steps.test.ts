import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import { analyze, embeddedCatalog } from '../support/helpers.js';

let exchange: Catalog;
beforeAll(async () => {
  exchange = await embeddedCatalog();
});

const ids = (build: string, asOf = '2026-11-24'): string[] => analyze(exchange, build, asOf).toConfirm.map((step) => step.id);

describe('configuration steps to confirm on the server', () => {
  it('lists the fixes the build has whose protection needs a step, known-exploited first', () => {
    const steps = analyze(exchange, '15.2.2562.53', '2026-11-24').toConfirm;
    expect(steps[0]).toMatchObject({
      id: 'CVE-2024-21410',
      exploited: true,
      step: 'Protection comes from Extended Protection; make sure it is enabled on the server',
    });
    expect(steps.map((step) => step.id)).toEqual(expect.arrayContaining(['CVE-2023-36039', 'CVE-2023-36050', 'CVE-2022-21978', 'CVE-2024-49040']));
  });

  it('leaves out the fixes the build lacks: those are exposed, with their note', () => {
    const report = analyze(exchange, '15.2.1118.7', '2026-11-24');
    expect(report.exposed.map((fix) => fix.id)).toContain('CVE-2024-21410');
    expect(report.toConfirm.map((step) => step.id)).not.toContain('CVE-2024-21410');
  });

  it("says the step in the product's own words where it differs (Exchange 2013 enables serialized data signing in the registry)", () => {
    const steps = analyze(exchange, '15.0.1497.48', '2026-11-24').toConfirm;
    expect(steps.find((step) => step.id === 'CVE-2023-36039')?.step).toBe(
      'Serialized data signing must be enabled in the registry: Exchange 2013 does not turn it on by itself',
    );
    expect(analyze(exchange, '15.2.2562.53', '2026-11-24').toConfirm.find((step) => step.id === 'CVE-2023-36039')?.step).toBe(
      'Serialized data signing must stay on (default since Nov 2023 SU)',
    );
  });

  it('leaves out notes that are no configuration step', () => {
    expect(ids('15.2.2562.53')).not.toContain('CVE-2026-45500');
    expect(ids('14.3.123.4')).not.toContain('MS10-024');
  });

  it('lists nothing for a build the catalog cannot place', () => {
    expect(ids('6.5.7638.1')).toEqual([]);
  });
});
