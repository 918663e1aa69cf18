import { describe, expect, it } from 'vitest';
import { findNumberRuns } from '../../../src/parse/build-text/number-runs.js';

describe('findNumberRuns', () => {
  it('finds each run of digits and dots, without leading dots or a trailing full stop', () => {
    expect(findNumberRuns('id 15.2.1544.4; at .10.1.2.3. and 7')).toEqual([
      { start: 3, end: 14, core: '15.2.1544.4', cut: false, glued: false },
      { start: 20, end: 28, core: '10.1.2.3', cut: false, glued: false },
      { start: 34, end: 35, core: '7', cut: false, glued: false },
    ]);
  });

  it('marks runs cut off by an ellipsis', () => {
    expect(findNumberRuns('15.02.154... 15.2.1544.… 15...')).toMatchObject([
      { core: '15.02.154', cut: true },
      { core: '15.2.1544', cut: true },
      { core: '15', cut: true },
    ]);
  });

  it('marks runs glued to letters, underscores or dashes', () => {
    expect(findNumberRuns('v15.2.1118.7 -15.2.1118.7 15.2.1118.7a 15.02.1544.004_x000D_ (15.2.1118.7)').map((run) => run.glued)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('drops a run ending in two dots, and dot-only runs', () => {
    expect(findNumberRuns('15.2.. ... .')).toEqual([]);
  });

  it('reads a long run in one pass', () => {
    expect(findNumberRuns('1.'.repeat(500_000))).toHaveLength(1);
  });
});
