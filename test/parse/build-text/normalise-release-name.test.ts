import { describe, expect, it } from 'vitest';
import { normaliseReleaseName } from '../../../src/parse/build-text/normalise-release-name.js';

describe('normaliseReleaseName', () => {
  it.each([
    ['Exchange Server 2019 CU14', 'Exchange 2019 CU14'],
    ['exchange  server 2019   cumulative update 14.', 'Exchange 2019 CU14'],
    ['Exchange 2019 CU 14 Nov24SU v2', 'Exchange 2019 CU14 Nov24SUv2'],
    ['EXCHANGE 2019 CU14 NOV24 SU', 'Exchange 2019 CU14 Nov24SU'],
    ['Exchange 2010 Service Pack 3 Update Rollup 32', 'Exchange 2010 SP3 RU32'],
    ['Exchange 2007 SP3 RU3 v2', 'Exchange 2007 SP3 RU3v2'],
    ['Exchange Server Subscription Edition rtm', 'Exchange SE RTM'],
    ['Exchange 2019 CU13 (2023h1)', 'Exchange 2019 CU13 (2023H1)'],
    ['Exchange 2016 preview', 'Exchange 2016 Preview'],
    ['Exchange 2019 CU14 Apr24HU;', 'Exchange 2019 CU14 Apr24HU'],
  ])('writes %j as %j', (phrase, name) => {
    expect(normaliseReleaseName(phrase)).toBe(name);
  });
});
