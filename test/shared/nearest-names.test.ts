import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, findTypoMatches, quoteAlternatives, typoLimit } from '../../src/shared/nearest-names.js';

describe('editDistance', () => {
  it.each([
    ['releases', 'releases', 0],
    ['relases', 'releases', 1],
    ['relaeses', 'releases', 1],
    ['EXPLAIN', 'explain', 0],
    ['dif', 'diff', 1],
    ['catalog', 'catlaog', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops at the limit', () => {
    expect(editDistance('releases', 'explain', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal words, whatever the words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(4), (a, b, limit) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a.toLowerCase() === b.toLowerCase());
        expect(editDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives limit + 1 for words further apart than the limit, even when the last row is the first above it', () => {
    expect(editDistance(' $', '$! ')).toBe(3);
    expect(editDistance(' $', '$! ', 1)).toBe(2);
  });
});

describe('findTypoMatches', () => {
  const commands = ['help', 'releases', 'explain', 'diff', 'catalog'];

  it.each([
    ['relases', ['releases']],
    ['release', ['releases']],
    ['expalin', ['explain']],
    ['dif', ['diff']],
    ['catalgo', ['catalog']],
    ['hlep', ['help']],
    ['exchange', []],
    ['foo', []],
    ['releases', []],
  ])('%j is a typo of %j', (word, expected) => {
    expect(findTypoMatches(word, commands)).toEqual(expected);
  });

  it('allows one edit per four characters', () => {
    expect([typoLimit('dif'), typoLimit('relases'), typoLimit('Exchange 2019 CU99')]).toEqual([1, 1, 4]);
  });

  it('puts the closest first, then the nearest in length, and gives at most three', () => {
    expect(findTypoMatches('CU16', ['CU1', 'CU10', 'CU15', 'CU14', 'CU13'])).toEqual(['CU10', 'CU15', 'CU14']);
  });
});

describe('quoteAlternatives', () => {
  it.each([
    [[], ''],
    [['a'], '"a"'],
    [['a', 'b'], '"a" or "b"'],
    [['a', 'b', 'c'], '"a", "b" or "c"'],
  ])('%j is %s', (names, text) => {
    expect(quoteAlternatives(names)).toBe(text);
  });
});
