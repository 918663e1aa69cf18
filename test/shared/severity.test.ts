import { describe, expect, it } from 'vitest';
import { SEVERITIES, bandOf, rankOf } from '../../src/shared/severity.js';

describe('the severity table', () => {
  it.each([
    ['critical', 'critical', 4],
    ['high', 'high', 3],
    ['important', 'high', 3],
    ['medium', 'medium', 2],
    ['moderate', 'medium', 2],
    ['low', 'low', 1],
  ] as const)('%s is in the %s band with rank %i', (severity, band, rank) => {
    expect(bandOf(severity)).toBe(band);
    expect(rankOf(severity)).toBe(rank);
  });

  it('ranks an unrated fix below every rated one', () => {
    expect(Math.min(...SEVERITIES.map(rankOf))).toBeGreaterThan(rankOf(null));
  });
});
