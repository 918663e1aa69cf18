import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from '../../../src/render/text/format-count.js';

describe('counts', () => {
  it('are written as en-US writes whole numbers', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
      }),
      { numRuns: 500 },
    );
  });

  it('name what they count', () => {
    expect([countOf(1, 'fix', 'fixes'), countOf(0, 'fix', 'fixes'), countOf(12345, 'host', 'hosts')]).toEqual(['1 fix', '0 fixes', '12,345 hosts']);
  });
});
