import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadQuickly } from '../../../src/parse/yaml/fast-yaml.js';

describe('the quick YAML read', () => {
  it.each([
    [
      'scalars of the core schema',
      'a: 1\nb: 1.5\nc: true\nd: ~\ne: 2020-01-01\nf: 15.2.1118.7\ng: "x"\nh: 0x1F\ni: 0o17\nj: .inf\nk: -2e3\nl: null\nm: True\n',
    ],
    ['nested block and flow collections', 'products:\n  - id: a\n    lines: [{ name: RTM, releases: [] }]\n    fixes: [KB1, KB2]\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n'],
    ['quoted keys and values', '"a b": \'c: d\'\n'],
  ])('reads %s exactly as the positioned parse does', (_, text) => {
    expect(loadQuickly(text)).toEqual({ data: parse(text) });
  });

  it.each([
    ['a syntax error', 'a: [1, 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a flow-collection key', '[a, b]: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a forbidden key', 'a:\n  __proto__: 1\n'],
    ['a constructor key in a list item', '- constructor: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a binary number', 'a: 0b101\n'],
    ['a number with underscores', 'a: 1_000\n'],
  ])('leaves %s to the positioned parse', (_, text) => {
    expect(loadQuickly(text)).toBeNull();
  });
});
