import { describe, expect, it } from 'vitest';
import { releaseNames } from '../../../../src/parse/build-text/scanners/release-names.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the release-names scanner', () => {
  itReadsItsExamples(releaseNames);

  it('finds every phrase with at least one qualifier, normalised', () => {
    expect(findIn(releaseNames, 'Starting Microsoft Exchange Server 2019 Setup\nUpgrade to Exchange 2016 CU23 Mar23SU then Exchange Server 2019 CU12')).toEqual(
      [
        { kind: 'name', line: 2, name: 'Exchange 2016 CU23 Mar23SU' },
        { kind: 'name', line: 2, name: 'Exchange 2019 CU12' },
      ],
    );
  });
});
