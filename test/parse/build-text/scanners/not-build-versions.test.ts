import { describe, expect, it } from 'vitest';
import { notBuildVersions } from '../../../../src/parse/build-text/scanners/not-build-versions.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the not-build-versions scanner', () => {
  itReadsItsExamples(notBuildVersions);

  it('claims the inner number of an AD object version', () => {
    expect(findIn(notBuildVersions, 'ExchangeVersion : 0.20 (15.0.0.0)')).toEqual([
      { kind: 'claim', line: 1, start: 24, end: 32, text: '15.0.0.0', why: 'is an AD object version (ExchangeVersion), not a server build' },
    ]);
  });
});
