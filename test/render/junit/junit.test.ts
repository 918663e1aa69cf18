import { describe, expect, it } from 'vitest';
import { FleetSummaryBuilder } from '../../../src/gate/fleet-summary.js';
import type { HostOutcome } from '../../../src/gate/host-outcome.js';
import { CASES_PER_SUITE, junitStreamRenderer } from '../../../src/render/junit/junit.js';

const OPTIONS = {
  colorLevel: 0,
  header: true,
  tool: { name: 'rollup-check', version: '0.0.0' },
  catalog: { file: 'c.yaml', published: '2026-01-01', factsComplete: null, digest: 'sha256:0' },
  catalogs: [],
  source: 'hosts.csv',
  asOf: '2026-01-02',
} as const;

const unreadable = (line: number): HostOutcome => ({
  label: `(line ${line})`,
  host: null,
  lineNumber: line,
  checked: null,
  error: 'bad row',
  verdict: 'unreadable',
});

function render(count: number): { xml: string; pieces: string[] } {
  const renderer = junitStreamRenderer(OPTIONS);
  const summary = new FleetSummaryBuilder();
  const pieces = [renderer.start()];
  for (let line = 1; line <= count; line++) {
    summary.add(unreadable(line));
    pieces.push(...[renderer.host(unreadable(line))].flat().map(String));
  }
  pieces.push(renderer.end(summary.build()));
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
