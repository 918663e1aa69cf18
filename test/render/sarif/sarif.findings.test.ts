import { describe, expect, it } from 'vitest';
import { FleetSummaryBuilder } from '../../../src/gate/fleet-summary.js';
import type { HostOutcome } from '../../../src/gate/host-outcome.js';
import { sarifStreamRenderer } from '../../../src/render/sarif/sarif.js';

const OPTIONS = {
  width: null,
  header: true,
  tool: { name: 'rollup-check', version: '1.2.3' },
  catalog: { file: 'c.yaml', published: '2026-01-01', factsComplete: null, digest: 'sha256:0' },
  catalogs: [],
  source: 'C:\\lists\\hosts.csv',
  asOf: '2026-01-02',
} as const;

interface FakeFix {
  id: string;
  severity?: string | null;
  exploited?: boolean;
  certain?: boolean;
  suppressed?: string;
}
const fix = ({ id, severity = 'high', exploited = false, certain = true, suppressed }: FakeFix) => ({
  id,
  severity,
  exploited,
  certain,
  suppressed: suppressed === undefined ? null : { reason: suppressed, expires: null },
});

function outcome(
  host: string | null,
  line: number | null,
  status: string,
  fixes: FakeFix[],
  recommended: string | null = 'Server CU9 SU2',
  suppressedCount = 0,
  unconfirmed: { id: string; step: string; suppressed: { reason: string; expires: null } | null }[] = [],
): HostOutcome {
  const report = {
    status,
    build: '1.0.5.0',
    installed: { name: status === 'unknown' ? null : 'Server CU5' },
    confidence: 'exact',
    recommended: recommended === null ? null : { name: recommended, availability: 'public' },
  };
  const gate = { shown: fixes.map(fix), suppressedCount, usedEntries: [], unconfirmed };
  return { label: host ?? `(line ${line})`, host, lineNumber: line, checked: { report, gate } as never, error: null, verdict: 'fail' };
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { name: string; kind: string }[] }[];
  partialFingerprints: Record<string, string>;
  properties?: { fixes: string[]; exploited: string[] };
  suppressions?: { kind: string; justification: string }[];
}
interface Log {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: Result[]; properties: Record<string, unknown> }[];
}

function render(outcomes: HostOutcome[], source: string | null = OPTIONS.source): Log {
  const renderer = sarifStreamRenderer({ ...OPTIONS, source });
  const summary = new FleetSummaryBuilder();
  const parts = [renderer.start()];
  for (const each of outcomes) {
    summary.add(each);
    parts.push(...[renderer.host(each)].flat().map(String));
  }
  parts.push(renderer.end(summary.build()));
  return JSON.parse(parts.join('')) as Log;
}

describe('SARIF findings per host', () => {
  it('writes the log header, the tool and its rules, and the run properties', () => {
    const log = render([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'rollup-check', version: '1.2.3' });
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)[0]).toBe('missing-critical-fix');
    expect(log.runs[0]!.properties).toEqual({ catalogs: [], suppressed: 0 });
  });

  it('makes a host’s missing fixes one result, ruled and levelled by the worst, at the host’s line', () => {
    const [result] = render([
      outcome('EX01', 7, 'behind', [
        { id: 'KB1', severity: 'medium' },
        { id: 'CVE-1', severity: 'critical', exploited: true },
        { id: 'KB2', certain: false },
      ]),
    ]).runs[0]!.results;
    expect(result).toEqual({
      ruleId: 'missing-critical-fix',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'EX01 (Server CU5) lacks 3 fixes: KB1, CVE-1, KB2 (uncertain). Install Server CU9 SU2.' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'file:///C:/lists/hosts.csv' }, region: { startLine: 7 } },
          logicalLocations: [{ name: 'EX01', kind: 'resource' }],
        },
      ],
      partialFingerprints: { 'rollupCheckHost/v1': expect.stringMatching(/^[0-9a-f]{14}$/) },
      properties: { fixes: ['KB1', 'CVE-1', 'KB2'], exploited: ['CVE-1'] },
    });
  });

  it('says “may lack” when no missing fix is certain, and one fix in the singular', () => {
    const [result] = render([outcome('EX01', 2, 'behind', [{ id: 'KB1', severity: 'low', certain: false }], null)]).runs[0]!.results;
    expect(result!.message.text).toBe('EX01 (Server CU5) may lack 1 fix: KB1 (uncertain).');
    expect([result!.ruleId, result!.level, result!.ruleIndex]).toEqual(['missing-low-fix', 'note', 3]);
  });

  it('lists the open fixes and counts the suppressed ones; suppresses the result when every fix is suppressed', () => {
    const [partly] = render([outcome('EX01', 2, 'behind', [{ id: 'KB1' }, { id: 'KB2', suppressed: 'accepted' }])]).runs[0]!.results;
    expect(partly!.message.text).toBe('EX01 (Server CU5) lacks 1 fix: KB1. Install Server CU9 SU2. 1 more suppressed.');
    expect(partly!.suppressions).toBeUndefined();
    const [all] = render([
      outcome('EX02', 3, 'behind', [
        { id: 'KB1', suppressed: 'lab' },
        { id: 'KB2', suppressed: 'lab' },
        { id: 'KB3', suppressed: 'test' },
      ]),
    ]).runs[0]!.results;
    expect(all!.message.text).toBe('EX02 (Server CU5) lacks 3 fixes: KB1, KB2, KB3. Install Server CU9 SU2.');
    expect(all!.suppressions).toEqual([{ kind: 'external', justification: 'lab; test' }]);
  });

  it('lists at most 100 fix ids and says how many more', () => {
    const fixes = Array.from({ length: 103 }, (_, n) => ({ id: `KB${n}` }));
    const [result] = render([outcome('EX01', 2, 'behind', fixes)]).runs[0]!.results;
    expect(result!.message.text).toMatch(/lacks 103 fixes: KB0, KB1, .*KB99 and 3 more\. Install/);
    expect(result!.message.text).not.toContain('KB100');
    expect(result!.properties!.fixes).toHaveLength(103);
  });

  it('reports a release out of support and a build the catalog cannot place as results of their own', () => {
    const results = render([outcome('EX01', 2, 'unsupported', [{ id: 'KB1' }]), outcome(null, 3, 'unknown', [], null), outcome('EX04', 4, 'current', [])])
      .runs[0]!.results;
    expect(results.map((result) => [result.ruleId, result.level, result.message.text])).toEqual([
      ['release-out-of-support', 'error', 'EX01 runs Server CU5, which is out of support. Install Server CU9 SU2.'],
      ['missing-high-fix', 'error', 'EX01 (Server CU5) lacks 1 fix: KB1. Install Server CU9 SU2.'],
      ['build-not-in-catalog', 'warning', '(line 3) (1.0.5.0): the catalog cannot place the build.'],
    ]);
    expect(results[2]!.locations[0]!.logicalLocations[0]!.name).toBe('(line 3)');
  });

  it('names a single build without a physical location', () => {
    const [result] = render([outcome(null, null, 'behind', [{ id: 'KB1' }])], null).runs[0]!.results;
    expect(result!.locations).toEqual([{ logicalLocations: [{ name: '(line null)', kind: 'resource' }] }]);
  });

  it('fingerprints by host name (any case) and rule, not by line', () => {
    const fingerprintOf = (each: HostOutcome): string => render([each]).runs[0]!.results[0]!.partialFingerprints['rollupCheckHost/v1']!;
    const base = fingerprintOf(outcome('EX01', 2, 'behind', [{ id: 'KB1' }]));
    expect(fingerprintOf(outcome('ex01', 9, 'behind', [{ id: 'KB9' }]))).toBe(base);
    expect(fingerprintOf(outcome('EX02', 2, 'behind', [{ id: 'KB1' }]))).not.toBe(base);
    expect(fingerprintOf(outcome('EX01', 2, 'behind', [{ id: 'KB1', severity: 'critical' }]))).not.toBe(base);
    expect(fingerprintOf(outcome(null, 2, 'behind', [{ id: 'KB1' }]))).not.toBe(fingerprintOf(outcome(null, 3, 'behind', [{ id: 'KB1' }])));
  });

  it('gives the steps to confirm on a host one note-level result of kind review, suppressed when the ignore file confirms them all', () => {
    const steps = [
      { id: 'CVE-2024-21410', step: 'make sure Extended Protection is on', suppressed: null },
      { id: 'CVE-2022-21978', step: 'run Setup with /PrepareDomain', suppressed: { reason: 'done in 2023', expires: null } },
    ];
    const [open] = render([outcome('EX01', 2, 'current', [], null, 0, steps)]).runs[0]!.results as (Result & { kind?: string })[];
    expect(open).toMatchObject({ ruleId: 'configuration-step-to-confirm', kind: 'review', level: 'note', properties: { fixes: ['CVE-2024-21410'] } });
    expect(open!.message.text).toBe(
      'EX01 (Server CU5) has 1 fix whose protection needs a step to confirm on the server: CVE-2024-21410 (make sure Extended Protection is on).',
    );
    expect(open!.suppressions).toBeUndefined();
    const [confirmed] = render([outcome('EX01', 2, 'current', [], null, 0, [steps[1]!])]).runs[0]!.results;
    expect(confirmed!.suppressions).toEqual([{ kind: 'external', justification: 'done in 2023' }]);
  });
});
