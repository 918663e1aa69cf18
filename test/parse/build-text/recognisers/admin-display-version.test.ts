import { describe, expect, it } from 'vitest';
import { adminDisplayVersion } from '../../../../src/parse/build-text/recognisers/admin-display-version.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the admin-display-version recogniser', () => {
  itReadsItsExamples(adminDisplayVersion);

  it('states the phrase with its span, as CU level', () => {
    expect(findIn(adminDisplayVersion, 'AdminDisplayVersion : Version 15.2 (Build 1544.4)')).toEqual([
      {
        kind: 'statement',
        parts: [15, 2, 1544, 4],
        form: 'admin-display-version',
        proves: 'cu-level',
        label: 'AdminDisplayVersion',
        line: 1,
        start: 22,
        end: 49,
      },
    ]);
  });

  it('leaves serialNumber phrases (build 30000 and above, or so labelled) to the serialNumber recogniser', () => {
    expect(findIn(adminDisplayVersion, 'Version 15.2 (Build 31544.4)\nserialNumber : {Version 6.5 (Build 7638.2: Service Pack 2)}')).toEqual([]);
  });
});
