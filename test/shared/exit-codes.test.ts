import { describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodeOfError, exitCodeOfRun, exitCodeOfVerdict } from '../../src/shared/exit-codes.js';
import { VERDICTS, worseVerdict, type Verdict } from '../../src/shared/verdict.js';

describe('the exit-code table', () => {
  it.each([
    ['pass', 0],
    ['fail', 1],
    ['unreadable', 2],
    ['invalid-catalog', 3],
    ['unplaced', 4],
    ['unreachable', 6],
  ] as const)('%s exits %i', (verdict, code) => {
    expect(exitCodeOfVerdict(verdict)).toBe(code);
  });

  it.each([
    ['usage', 2],
    ['build-string', 2],
    ['catalog', 3],
    ['not-in-catalog', 4],
    ['unreachable', 6],
  ] as const)('a %s error exits %i', (kind, code) => {
    expect(exitCodeOfError(kind)).toBe(code);
  });

  it.each([
    ['pass', true, true, 5],
    ['fail', true, true, 5],
    ['unplaced', true, true, 5],
    ['unreadable', true, true, 2],
    ['unreachable', true, true, 6],
    ['fail', true, false, 1],
    ['pass', false, true, 0],
  ] as const)('%s with a stale catalog %s and --fail-on-stale-catalog %s exits %i', (verdict, stale, failOnStale, code) => {
    expect(exitCodeOfRun(verdict, stale, failOnStale)).toBe(code);
  });

  it('documents exactly the codes it gives', () => {
    expect(Object.values(EXIT_CODES).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 70]);
  });
});

describe('the worst verdict over hosts', () => {
  it('orders an invalid catalog, an unreadable row, an unreachable server, an unplaced build, a failed gate and a pass', () => {
    const order: Verdict[] = ['invalid-catalog', 'unreadable', 'unreachable', 'unplaced', 'fail', 'pass'];
    for (const [index, worse] of order.entries()) {
      for (const better of order.slice(index)) {
        expect(worseVerdict(worse, better)).toBe(worse);
        expect(worseVerdict(better, worse)).toBe(worse);
      }
    }
    expect(new Set(order)).toEqual(new Set(VERDICTS));
  });
});
