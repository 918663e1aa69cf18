import { describe, expect, it } from 'vitest';
import { STREAM_OPTIONS, unreadableRow } from '../../support/stream-fixtures.js';
import { FleetSummaryBuilder } from '../../../src/gate/fleet-summary.js';
import type { HostOutcome } from '../../../src/gate/host-outcome.js';
import { CASES_PER_SUITE, junitStreamRenderer } from '../../../src/render/junit/junit.js';

const OPTIONS = STREAM_OPTIONS;
const unreadable = (line: number): HostOutcome => unreadableRow(line, 'bad row');

function render(count: number): { xml: string; pieces: string[] } {
  const renderer = junitStreamRenderer(OPTIONS);
  const summary = new FleetSummaryBuilder();
  const pieces = [String(renderer.start())];
  for (let line = 1; line <= count; line++) {
    summary.add(unreadable(line));
    pieces.push(...[renderer.host(unreadable(line))].flat().map(String));
  }
  pieces.push(String(renderer.end(summary.build())));
  return { xml: pieces.join(''), pieces };
}

const suites = (xml: string): string[] =>
  [...xml.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map((match) => match.slice(1).join(' '));

describe('JUnit written as it goes', () => {
  it('writes one suite, named after the host list, for a short list', () => {
    expect(suites(render(2).xml)).toEqual(['hosts.csv 2 0 2']);
  });

  it('writes an empty suite when there is no host, so the document stays valid', () => {
    expect(suites(render(0).xml)).toEqual(['hosts.csv 0 0 0']);
  });

  it(`writes a suite as soon as it holds ${CASES_PER_SUITE} hosts, each with its own counts`, () => {
    const { xml, pieces } = render(CASES_PER_SUITE * 2 + 1);
    expect(suites(xml)).toEqual([
      `hosts.csv ${CASES_PER_SUITE} 0 ${CASES_PER_SUITE}`,
      `hosts.csv (part 2) ${CASES_PER_SUITE} 0 ${CASES_PER_SUITE}`,
      'hosts.csv (part 3) 1 0 1',
    ]);
    expect(pieces[CASES_PER_SUITE]).toContain('<testsuite name="hosts.csv"');
    expect(xml.match(/<testcase /g)).toHaveLength(CASES_PER_SUITE * 2 + 1);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });
});

describe('JUnit test cases', () => {
  const failing = (host: string, gate: object, product: string | null = 'server-x'): HostOutcome =>
    ({
      label: host,
      host,
      lineNumber: 2,
      checked: {
        report: {
          product: product === null ? null : { id: product },
          installed: { name: 'Server CU5' },
          build: '1.0.5.0',
          confidence: 'exact',
          status: 'behind',
          upToDate: false,
          recommended: { name: 'Server CU9', availability: 'esu' },
        },
        gate,
      },
      error: null,
      verdict: 'fail',
    }) as unknown as HostOutcome;
  const gate = {
    reasons: ['lacks 2 fixes', 'behind <CU9>'],
    suppressedCount: 2,
    usedEntries: [],
    shown: [
      { id: 'KB1', severity: 'high', exploited: true, certain: true, summary: 'A & B', suppressed: null },
      { id: 'KB2', severity: null, exploited: false, certain: false, summary: 'C', suppressed: null },
      { id: 'KB3', severity: 'low', exploited: false, certain: true, summary: 'D', suppressed: { reason: 'ok', expires: null } },
    ],
  };

  function renderOne(...outcomes: HostOutcome[]): string {
    const renderer = junitStreamRenderer({ ...OPTIONS, source: null });
    return [renderer.start(), ...outcomes.map((outcome) => String(renderer.host(outcome))), renderer.end(new FleetSummaryBuilder().build())].join('');
  }

  it('writes a failing host with the gate’s reasons and every open missing fix, escaped', () => {
    const xml = renderOne(failing('EX<1>', gate));
    expect(xml).toContain(
      [
        '    <testcase classname="server-x" name="EX&lt;1&gt;" time="0">',
        '      <failure type="gate" message="lacks 2 fixes; behind &lt;CU9&gt;">Server CU5 (behind)',
        'install Server CU9 (ESU only)',
        'KB1 (high, exploited): A &amp; B',
        'may lack KB2 (unrated): C</failure>',
        '    </testcase>',
      ].join('\n'),
    );
    expect(xml).not.toContain('KB3');
  });

  it('names the suite rollup-check for a single build, counts it, and sums the suppressed findings', () => {
    const xml = renderOne(failing('EX1', gate), failing('EX2', gate));
    expect(suites(xml)).toEqual(['rollup-check 2 2 0']);
    expect(xml).toContain('<property name="suppressed" value="4"/>');
    expect(xml).toContain('timestamp="2026-01-02T00:00:00"');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rollup-check">\n  <testsuite ')).toBe(true);
  });

  it('writes a passing host as an empty test case, and an unplaced one under "unplaced"', () => {
    const passing = { ...failing('EX1', { ...gate, suppressedCount: 0 }), verdict: 'pass' } as HostOutcome;
    expect(renderOne(passing)).toContain('    <testcase classname="server-x" name="EX1" time="0"></testcase>\n');
    expect(renderOne(failing('EX2', gate, null))).toContain('<testcase classname="unplaced" name="EX2"');
  });

  it('writes an unreadable row as an error with its reason', () => {
    expect(renderOne(unreadable(4))).toContain(
      '    <testcase classname="unreadable" name="(line 4)" time="0">\n      <error type="input" message="bad row"/>\n    </testcase>',
    );
    expect(renderOne({ ...unreadable(4), error: null })).toContain('<error type="input" message="unreadable row"/>');
  });
});
