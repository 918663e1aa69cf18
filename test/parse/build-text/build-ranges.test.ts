import { describe, expect, it } from 'vitest';
import { couldStartBuild, isInAnyRange } from '../../../src/parse/build-text/build-ranges.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

const ranges = EXCHANGE_CONTEXT.plausible;

describe('build ranges', () => {
  it('holds builds from `from` up to, not including, `below`', () => {
    expect(isInAnyRange([15, 2, 2561, 0], ranges)).toBe(true);
    expect(isInAnyRange([15, 3, 0, 0], ranges)).toBe(false);
    expect(isInAnyRange([9, 0, 0, 0], ranges)).toBe(false);
    expect(isInAnyRange([10, 0, 17763, 1], ranges)).toBe(false);
  });

  it('tells whether leading parts could start a build', () => {
    expect(couldStartBuild([15, 2], ranges)).toBe(true);
    expect(couldStartBuild([15, 3], ranges)).toBe(false);
    expect(couldStartBuild([8], ranges)).toBe(true);
    expect(couldStartBuild([9], ranges)).toBe(false);
    expect(couldStartBuild([10, 0], ranges)).toBe(false);
    expect(couldStartBuild([], ranges)).toBe(false);
  });
});
