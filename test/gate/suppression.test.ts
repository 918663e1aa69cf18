import { describe, expect, it } from 'vitest';
import type { ExposedFix } from '../../src/analyse/report.js';
import type { IgnoreEntry } from '../../src/gate/gate-policy.js';
import { compileHostGlob } from '../../src/gate/host-glob.js';
import { isExpired, suppressionMatcher } from '../../src/gate/suppression.js';

const entry = (id: string, hosts: string | null = null, expires: string | null = null, reason = `${id} ${hosts ?? 'all'}`): IgnoreEntry => ({
  id,
  reason,
  expires,
  hosts,
  where: 'i.yaml:1',
  matchesHost: hosts === null ? null : compileHostGlob(hosts),
});
const fix = (id: string, cves: string[] = []): ExposedFix => ({ id, cves }) as unknown as ExposedFix;

describe('suppression', () => {
  it('is expired only after its last day', () => {
    expect(isExpired(entry('A', null, '2026-01-01'), '2026-01-01')).toBe(false);
    expect(isExpired(entry('A', null, '2026-01-01'), '2026-01-02')).toBe(true);
    expect(isExpired(entry('A'), '9999-12-31')).toBe(false);
  });

  it('matches a fix by its id or one of its CVEs, ignoring case, and skips expired entries', () => {
    const matcher = suppressionMatcher([entry('kb1', null, '2020-01-01'), entry('cve-2024-1')], '2026-01-01');
    expect(matcher.suppressionFor(fix('KB1'), null)).toBeNull();
    expect(matcher.suppressionFor(fix('MS24-1', ['CVE-2024-1']), null)).toMatchObject({ suppression: { reason: 'cve-2024-1 all', expires: null } });
    expect(matcher.hostSpecific).toBe(false);
    expect(matcher.hostKey('EX01')).toBe('');
  });

  it('takes the first matching entry in file order, host-scoped or not', () => {
    const entries = [entry('A', 'ex*', null, 'first'), entry('A', null, null, 'second'), entry('A', 'ex01', null, 'third')];
    const matcher = suppressionMatcher(entries, '2026-01-01');
    expect(matcher.suppressionFor(fix('A'), 'EX01')?.entry).toBe(entries[0]);
    expect(matcher.suppressionFor(fix('A'), 'MBX01')?.entry).toBe(entries[1]);
    expect(matcher.suppressionFor(fix('A'), null)?.entry).toBe(entries[1]);
    const reversed = suppressionMatcher([entries[2]!, entries[1]!], '2026-01-01');
    expect(reversed.suppressionFor(fix('A'), 'EX01')?.entry).toBe(entries[2]);
    expect(reversed.suppressionFor(fix('A'), 'EX02')?.entry).toBe(entries[1]);
  });

  it('applies host-scoped entries only to matching hosts, and keys hosts by the entries that apply', () => {
    const matcher = suppressionMatcher([entry('A', 'lab-*'), entry('B', '*-01'), entry('C')], '2026-01-01');
    expect(matcher.hostSpecific).toBe(true);
    expect(matcher.suppressionFor(fix('A'), 'prod-01')).toBeNull();
    expect(matcher.suppressionFor(fix('A'), null)).toBeNull();
    expect(matcher.suppressionFor(fix('A'), 'LAB-02')).not.toBeNull();
    expect([matcher.hostKey('lab-01'), matcher.hostKey('lab-02'), matcher.hostKey('prod-01'), matcher.hostKey('x'), matcher.hostKey(null)]).toEqual([
      '0,1',
      '0',
      '1',
      '',
      '',
    ]);
  });
});
