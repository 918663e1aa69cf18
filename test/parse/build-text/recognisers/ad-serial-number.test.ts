import { describe, expect, it } from 'vitest';
import { adSerialNumber } from '../../../../src/parse/build-text/recognisers/ad-serial-number.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the ad-serial-number recogniser', () => {
  itReadsItsExamples(adSerialNumber);

  it('takes 30000 off the build number', () => {
    expect(findIn(adSerialNumber, 'Version 15.0 (Build 30847.32)')).toMatchObject([{ parts: [15, 0, 847, 32], label: 'AD serialNumber', proves: 'cu-level' }]);
  });

  it('reads an AdminDisplayVersion-sized build as is', () => {
    expect(findIn(adSerialNumber, 'Version 15.2 (Build 1544.4)')).toEqual([]);
  });
});
