import { describe, expect, it } from 'vitest';
import { httpHeader } from '../../../../src/parse/build-text/recognisers/http-header.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the http-header recogniser', () => {
  itReadsItsExamples(httpHeader);

  it('reads the header only at the start of a line', () => {
    expect(findIn(httpHeader, 'X-OWA-Version: 15.2.1544.9')).toMatchObject([{ parts: [15, 2, 1544, 9], start: 15, end: 26 }]);
    expect(findIn(httpHeader, 'see the X-OWA-Version: 15.2.1544.9 header')).toEqual([]);
  });
});
