import { describe, expect, it } from 'vitest';
import { compileHostGlob, GlobError, MAX_GLOB_ALTERNATIVES, MAX_GLOB_CHARS } from '../../src/gate/host-glob.js';

describe('host globs', () => {
  it.each([
    ['EX-LAB-*', 'ex-lab-01', true],
    ['EX-LAB-*', 'EX-LAB-', true],
    ['EX-LAB-*', 'EX-LA', false],
    ['EX-LAB-*', 'XEX-LAB-1', false],
    ['*.corp.example', 'ex01.corp.example', true],
    ['*.corp.example', 'ex01.corp.example.org', false],
    ['ex0?', 'EX01', true],
    ['ex0?', 'EX0', false],
    ['ex0?', 'EX012', false],
    ['ex[0-2]1', 'ex11', true],
    ['ex[0-2]1', 'ex31', false],
    ['ex[!0-2]1', 'ex31', true],
    ['ex[!0-2]1', 'ex11', false],
    ['ex[^ab]', 'exc', true],
    ['ex[^ab]', 'exa', false],
    ['ex[abc]', 'exb', true],
    ['ex[]]', 'ex]', true],
    ['ex[', 'ex[', true],
    ['ex[a-', 'ex[a-', true],
    ['{ex,mbx}01', 'MBX01', true],
    ['{ex,mbx}01', 'ca01', false],
    ['{ex{1,2},mbx}-*', 'ex2-a', true],
    ['{ex{1,2},mbx}-*', 'ex3-a', false],
    ['ex{}', 'ex{}', true],
    ['ex{a', 'ex{a', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a\\{b,c}', 'a{b,c}', true],
    ['*', '', true],
    ['**', 'anything', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxcyyb', false],
    ['a*b*b', 'ab', false],
    ['a*ab', 'aab', true],
    ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(61), false],
    ['*a*a*a*a*a*a*a*a*b', `${'a'.repeat(60)}b`, true],
    ['*?', '', false],
    ['*?', 'x', true],
    ['?*?', 'x', false],
    ['exact', 'EXACT', true],
    ['exact', 'exactly', false],
    ['a[\\]]', 'a]', true],
    ['a[\\]]', 'a\\', false],
    ['x[a-]', 'x-', true],
    ['x[a-]', 'xa', true],
    ['x[a-]', 'xb', false],
    ['x[!]]', 'xa', true],
    ['x[!]]', 'x]', false],
    ['x[a-c-e]', 'x-', true],
    ['x[a-c-e]', 'xd', false],
    ['x[a-c-e]', 'xe', true],
    ['x?z', 'x.z', true],
    ['a*bc*d', 'abcd', true],
    ['a*bc*d', 'abd', false],
    ['a*bc*d', 'abcbcd', true],
    ['a*b*', 'ab', true],
    ['*b*', 'b', true],
    ['*bb*', 'b', false],
    ['*ab*ab*', 'abab', true],
    ['*ab*ab*', 'aba', false],
    ['a?*?b', 'axb', false],
    ['a?*?b', 'axyb', true],
    ['a\\', 'a\\', true],
    ['a\\', 'a', false],
    ['{a,b', '{a,b', true],
    ['a,b', 'a,b', true],
    ['{a,{b,c}}x', 'cx', true],
    ['{a}x', '{a}x', true],
    ['{a}x', 'ax', false],
  ])('%s against %s: %s', (pattern, host, expected) => {
    expect(compileHostGlob(pattern).matches(host)).toBe(expected);
  });

  it('keeps the plain start and end of each alternative for indexing', () => {
    expect(compileHostGlob('EX-LAB-*').alternatives.map((alternative) => [alternative.literalPrefix, alternative.literalSuffix, alternative.hasStar])).toEqual([
      ['ex-lab-', '', true],
    ]);
    expect(compileHostGlob('*.corp').alternatives.map((alternative) => [alternative.literalPrefix, alternative.literalSuffix])).toEqual([['', '.corp']]);
    expect(compileHostGlob('ab?d*x?z').alternatives.map((alternative) => [alternative.literalPrefix, alternative.literalSuffix])).toEqual([['ab', 'z']]);
    expect(compileHostGlob('{a,b}1').alternatives.map((alternative) => [alternative.literalPrefix, alternative.hasStar])).toEqual([
      ['a1', false],
      ['b1', false],
    ]);
  });

  it('refuses a glob that is too long or expands to too many alternatives, saying why', () => {
    expect(() => compileHostGlob('a'.repeat(MAX_GLOB_CHARS + 1))).toThrow(new GlobError(`it is longer than ${MAX_GLOB_CHARS} characters`));
    expect(() => compileHostGlob('a'.repeat(MAX_GLOB_CHARS))).not.toThrow();
    expect(() => compileHostGlob('{a,b}'.repeat(9))).toThrow(new GlobError(`it expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives`));
    expect(compileHostGlob('{a,b}'.repeat(8)).alternatives).toHaveLength(256);
  });
});
