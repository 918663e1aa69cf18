import { describe, expect, it } from 'vitest';
import { compileHostGlob } from '../../src/gate/host-glob.js';
import { createHostScopeIndex } from '../../src/gate/host-scope-index.js';

const PATTERNS = ['EX01', 'ex-lab-*', '*.corp', '*a*', 'mbx?', '{ex02,ex03}', '*', 'ex-lab-0[1-3]', 'dc*.corp', 'abc*', '*xyz', '?q*', 'ex01', 'ex0?'];

describe('the host scope index', () => {
  const globs = PATTERNS.map(compileHostGlob);
  const index = createHostScopeIndex(globs);

  it.each([
    'ab',
    'abc',
    'yz',
    'xyz',
    'wxyz',
    'aq',
    'q',
    'ex0',
    'EX01',
    'ex02',
    'EX-LAB-02',
    'ex-lab-09',
    'mail.corp',
    'dc1.corp',
    'dc1.corp.org',
    'mbx1',
    'mbx12',
    'zzz',
    '',
    'a',
  ])('finds for %j exactly the globs that match, in order', (host) => {
    expect(index(host)).toEqual(globs.flatMap((glob, position) => (glob.matches(host) ? [position] : [])));
  });

  it('answers the same for the same host in any case (cached)', () => {
    expect(index('Ex-Lab-01')).toEqual(index('ex-lab-01'));
    expect(index('EX-LAB-01')).toBe(index('ex-lab-01'));
  });

  it('finds one plain name among 10,000', () => {
    const many = createHostScopeIndex(Array.from({ length: 10_000 }, (_, n) => compileHostGlob(`EX-${n}`)));
    expect(many('ex-4242')).toEqual([4242]);
    expect(many('ex-10000')).toEqual([]);
  });
});
