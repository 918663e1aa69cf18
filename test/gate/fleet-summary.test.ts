import { describe, expect, it } from 'vitest';
import { FleetSummaryBuilder } from '../../src/gate/fleet-summary.js';
import { DEFAULT_GATE_POLICY } from '../../src/gate/gate-policy.js';
import { createHostChecker } from '../../src/gate/host-checker.js';
import { hostRow } from '../../src/parse/hosts/host-row.js';
import { loadFixtureCatalog } from '../support/helpers.js';

describe('the fleet summary', () => {
  it('lists the fixes missing on the most hosts first, ties broken by severity, then known exploitation, then id', async () => {
    const catalog = await loadFixtureCatalog('ties.yaml');
    const check = createHostChecker(catalog, { asOf: '2020-09-01', target: 'supported', esu: false, policy: DEFAULT_GATE_POLICY });
    const builder = new FleetSummaryBuilder();
    for (const [index, host] of ['EX01', 'EX02'].entries()) builder.add(check(hostRow(index + 2, host, '1.0.100.0')));
    expect(builder.build().mostMissing.map((fix) => [fix.id, fix.hosts])).toEqual([
      ['CVE-2020-0003', 2],
      ['CVE-2020-0002', 2],
      ['CVE-2020-0001', 2],
      ['ADV-1', 2],
      ['BUG-9', 2],
    ]);
  });
});
