import { describe, expect, it } from 'vitest';
import { systemVersion } from '../../../../src/parse/build-text/recognisers/system-version.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the system-version recogniser', () => {
  itReadsItsExamples(systemVersion);

  it('reads every row of the table', () => {
    const text = 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n15     2      1544   14\n15     1      2507   44\n';
    expect(findIn(systemVersion, text).map((finding) => finding.kind === 'statement' && finding.parts.join('.'))).toEqual(['15.2.1544.14', '15.1.2507.44']);
  });

  it('needs the four list fields in order', () => {
    expect(findIn(systemVersion, 'Major : 15\nMinor : 2\nRevision : 14\nBuild : 1544')).toEqual([]);
  });
});
