import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBuilds, formatBuild, tryParseDottedBuild, type DottedBuild as Build } from '../../../src/parse/build/build.js';

const COMPARISONS: readonly [string, string, -1 | 0 | 1][] = [
  ['15.2.986.5', '15.2.1118.7', -1],
  ['15.2.1544.4', '15.2.1258.39', 1],
  ['15.2.1118.7', '15.2.1118.7', 0],
  ['8.3.83.6', '14.0.639.21', -1],
  ['15.1.225.16', '15.1.225.42', -1],
  ['15.2.2562.17', '15.2.1748.49', 1],
];

const build = (text: string): Build => tryParseDottedBuild(text)!;
const part = fc.integer({ min: 0, max: 65535 }).map(Math.abs);
const anyBuild = fc.tuple(part, part, part, part) as fc.Arbitrary<Build>;

describe('compareBuilds', () => {
  it.each(COMPARISONS)('%s vs %s is %i (numeric, never textual)', (a, b, expected) => {
    expect(compareBuilds(build(a), build(b))).toBe(expected);
    expect(compareBuilds(build(b), build(a))).toBe(-expected || 0);
  });

  it('is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(anyBuild, anyBuild, anyBuild, (a, b, c) => {
        expect(compareBuilds(a, b)).toBe(-compareBuilds(b, a) || 0);
        if (compareBuilds(a, b) <= 0 && compareBuilds(b, c) <= 0) expect(compareBuilds(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('formats without leading zeros and parses back', () => {
    fc.assert(
      fc.property(anyBuild, (value) => {
        expect(tryParseDottedBuild(formatBuild(value))).toEqual(value);
      }),
    );
  });
});
