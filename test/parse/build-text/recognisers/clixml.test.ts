import { describe, expect, it } from 'vitest';
import { clixml } from '../../../../src/parse/build-text/recognisers/clixml.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the clixml recogniser', () => {
  itReadsItsExamples(clixml);

  it('states the value between the tags, and reads only version properties', () => {
    expect(findIn(clixml, '<S N="FileDescription">15.2.1.1</S><S N="FileVersion">15.02.1544.004</S>')).toEqual([
      { kind: 'statement', parts: [15, 2, 1544, 4], form: 'clixml', proves: 'exact', label: 'FileVersion', line: 1, start: 54, end: 68 },
    ]);
  });
});
