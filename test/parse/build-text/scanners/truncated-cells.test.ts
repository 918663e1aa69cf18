import { describe, expect, it } from 'vitest';
import { truncatedCells } from '../../../../src/parse/build-text/scanners/truncated-cells.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the truncated-cells scanner', () => {
  itReadsItsExamples(truncatedCells);

  it.each([
    ['15.02.154...', [15, 2]],
    ['15.2.1544.…', [15, 2, 1544]],
    ['15.2.1544....', [15, 2, 1544]],
    ['15.2.1544.14...', [15, 2, 1544]],
    ['Version 15.1 (Build 25...', [15, 1]],
    ['Version 15.2 (B…', [15, 2]],
  ])('keeps only the complete parts of %j', (text, prefix) => {
    expect(findIn(truncatedCells, text)).toMatchObject([{ kind: 'problem', problem: 'truncated', prefix }]);
  });

  it('passes over IP addresses, words and single numbers before an ellipsis', () => {
    expect(findIn(truncatedCells, 'Pinging 10.1.2.3... Loading 15... contoso.com/Config... v15.2...')).toEqual([]);
  });
});
