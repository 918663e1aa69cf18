import { describe, expect, it } from 'vitest';
import { fileVersionTable } from '../../../../src/parse/build-text/recognisers/file-version-table.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the file-version-table recogniser', () => {
  itReadsItsExamples(fileVersionTable);

  it('reads each version column of each row, right-aligned values too', () => {
    const text =
      'PSComputerName ProductVersion FileVersionRaw\n-------------- -------------- --------------\nEX01           15.02.1544.014   15.2.1544.14\n\nEX03 15.2.1.1';
    expect(findIn(fileVersionTable, text).map((finding) => finding.kind === 'statement' && [finding.label, finding.parts.join('.'), finding.line])).toEqual([
      ['ProductVersion', '15.2.1544.14', 3],
      ['FileVersionRaw', '15.2.1544.14', 3],
    ]);
  });

  it('needs the dashes under the header', () => {
    expect(findIn(fileVersionTable, 'ProductVersion   FileVersion\n15.02.1118.007   15.02.1118.007')).toEqual([]);
  });
});
