import { describe, expect, it } from 'vitest';
import { healthChecker } from '../../../../src/parse/build-text/recognisers/health-checker.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the health-checker recogniser', () => {
  itReadsItsExamples(healthChecker);

  it('names the line it read', () => {
    expect(findIn(healthChecker, '        Build Number: 15.02.1544.014\nExchange Build Number: 15.2.1544.14')).toMatchObject([
      { label: 'Build Number', line: 1, start: 22 },
      { label: 'Exchange Build Number', line: 2, start: 23 },
    ]);
  });

  it('ignores a Build Number that is no dotted number', () => {
    expect(findIn(healthChecker, 'Build Number: Unknown\nOS Build Number: 17763')).toEqual([]);
  });
});
