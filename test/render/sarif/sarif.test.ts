import { describe, expect, it } from 'vitest';
import { STREAM_OPTIONS, unreadableRow } from '../../support/stream-fixtures.js';
import { FleetSummaryBuilder } from '../../../src/gate/fleet-summary.js';
import type { HostOutcome } from '../../../src/gate/host-outcome.js';
import { MAX_RUNS, RESULTS_PER_RUN, sarifStreamRenderer } from '../../../src/render/sarif/sarif.js';

const OPTIONS = STREAM_OPTIONS;
const unreadable = (line: number): HostOutcome => unreadableRow(line, 'cannot read build string "x"');

interface Log {
  readonly runs: {
    readonly results: { readonly ruleId: string; readonly message: { readonly text: string } }[];
    readonly properties: Record<string, unknown>;
  }[];
}

function render(count: number): Log {
  const renderer = sarifStreamRenderer(OPTIONS);
  const summary = new FleetSummaryBuilder();
  const parts = [renderer.start()];
  for (let line = 1; line <= count; line++) {
    const outcome = unreadable(line);
    summary.add(outcome);
    parts.push(...[renderer.host(outcome)].flat().map(String));
  }
  parts.push(renderer.end(summary.build()));
  return JSON.parse(parts.join('')) as Log;
}

describe('SARIF in runs code scanning accepts', () => {
  it('reports an unreadable row as a result naming the row and its reason', () => {
    const log = render(1);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([expect.objectContaining({ ruleId: 'unreadable-row', message: { text: '(line 1): cannot read build string "x"' } })]);
  });

  it('writes a valid log with no results for an empty run', () => {
    expect(render(0).runs[0]!.results).toEqual([]);
  });

  it(`starts a new run after ${RESULTS_PER_RUN} results and numbers it`, () => {
    const log = render(RESULTS_PER_RUN + 1);
    expect(log.runs.map((run) => run.results.length)).toEqual([RESULTS_PER_RUN, 1]);
    expect(log.runs[0]!.properties['part']).toBeUndefined();
    expect(log.runs[1]!.properties['part']).toBe(2);
  });

  it(`stops at ${MAX_RUNS} runs and counts the results left out`, { timeout: 120_000 }, () => {
    const log = render(RESULTS_PER_RUN * MAX_RUNS + 3);
    expect(log.runs).toHaveLength(MAX_RUNS);
    expect(log.runs.every((run) => run.results.length === RESULTS_PER_RUN)).toBe(true);
    expect(log.runs.at(-1)!.properties['omittedResults']).toBe(3);
  });
});
