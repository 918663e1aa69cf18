import { describe, expect, it } from 'vitest';
import { setupLog } from '../../../../src/parse/build-text/recognisers/setup-log.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the setup-log recogniser', () => {
  itReadsItsExamples(setupLog);

  it('labels what each line means', () => {
    const text = "[0] Setup version: 15.2.1748.10.\n[0] The locally installed version is 15.2.1544.4.\n$RoleTargetVersion = '15.02.1748.010'";
    expect(findIn(setupLog, text).map((finding) => finding.kind === 'statement' && [finding.label, finding.parts.join('.')])).toEqual([
      ['Setup version', '15.2.1748.10'],
      ['locally installed version', '15.2.1544.4'],
      ['$RoleTargetVersion', '15.2.1748.10'],
    ]);
  });

  it('does not take the operating system version', () => {
    expect(findIn(setupLog, '[0] Operating system version: Microsoft Windows NT 10.0.17763.0.')).toEqual([]);
  });
});
