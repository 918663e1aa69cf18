import { describe, expect, it } from 'vitest';
import { findDeepNesting, MAX_YAML_DEPTH } from '../../../src/parse/yaml/yaml-depth.js';

const blockNest = (depth: number): string => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- `).join('\n');

describe('YAML nesting depth', () => {
  it('is 64 levels', () => expect(MAX_YAML_DEPTH).toBe(64));

  it.each([
    ['indented block sequences', (depth: number) => blockNest(depth)],
    ['compact block sequences', (depth: number) => `${'- '.repeat(depth)}x`],
    ['flow sequences', (depth: number) => `key: ${'['.repeat(depth)}`],
    ['flow mappings', (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`],
    ['nested mappings', (depth: number) => Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n')],
  ])('finds %s deeper than the limit (counting the top level too), and accepts them below it', (_, nest) => {
    expect(findDeepNesting(nest(8), 10)).toBeNull();
    expect(findDeepNesting(nest(9), 10)).toBeNull();
    expect(findDeepNesting(nest(11), 10)).not.toBeNull();
    expect(findDeepNesting(nest(2_000))).not.toBeNull();
  });

  it('points at the place where the limit is passed', () => {
    expect(findDeepNesting('a: [[[', 2)).toBe(4);
    expect(findDeepNesting('- - - x', 2)).toBe(2);
  });

  it.each([
    ['brackets inside quoted scalars', `a: "${'['.repeat(50)}"\nb: '${'{'.repeat(50)}'\nc: "esc \\" ${'['.repeat(50)}"`],
    ['brackets in plain scalars', `summary: a ${'['.repeat(50)} b`],
    ['brackets in comments', `a: 1 # ${'['.repeat(50)}`],
    ['brackets in block scalars', `a: |\n  ${'['.repeat(50)}\n  ${'- '.repeat(50)}\nb: >-\n  ${'{'.repeat(50)}\nc: 1`],
    ['apostrophes in plain scalars', `a: it's [b]\nb: don't`],
    ['a quoted scalar over several lines', `a: "first\n  ${'['.repeat(50)}\n  last"\nb: 1`],
    ['doubled single quotes', `a: 'it''s ${'['.repeat(50)}'`],
    ['balanced flow over many lines', `a: [\n  1,\n  [2, 3],\n  {b: [4]}\n]\nc: [${'[1],'.repeat(100)}]`],
    ['blank lines and comment lines', `a:\n\n# ${'['.repeat(50)}\n  - 1\n`],
  ])('ignores %s', (_, text) => {
    expect(findDeepNesting(text, 5)).toBeNull();
  });

  it('counts a block indented under a block scalar key again once the scalar ends', () => {
    const text = `a: |\n  text\n${blockNest(6)}`;
    expect(findDeepNesting(text, 5)).not.toBeNull();
  });
});

/** A text with real nesting after `text`: the scan must reach it in the right state to point at its third bracket. */
const thenNested = (text: string): { text: string; offset: number } => ({ text: `${text}\nz: [[`, offset: text.length + 5 });

describe('YAML nesting depth, to the character', () => {
  it.each([
    ['a plain key and value', 'a: b'],
    ['a double-quoted scalar holding brackets and an escaped quote', 'a: "[\\"[ [["'],
    ['a single-quoted scalar holding brackets and a doubled quote', "a: '[ '' [['"],
    ['a quoted scalar spanning lines', 'a: "one [\n  [ two"'],
    ['a plain scalar with brackets after its first character', 'a: b [[ c'],
    ['a plain scalar with a colon inside', 'a: b:c [['],
    ['a plain scalar with a quote inside', "a: it's [["],
    ['a plain scalar ending in a comment', 'a: b # [[ "'],
    ['a comment line', '# [[ "'],
    ['a comment after a value', 'a: 1 # [ ['],
    ['an indented comment line', '  # [['],
    ['a hash inside a plain scalar', 'a: b#[['],
    ['a closed flow sequence', 'a: [1, 2]'],
    ['a closed flow mapping', 'a: {b: 1}'],
    ['a flow sequence over lines', 'a: [\n  1,\n  2\n]'],
    ['a quoted key', '"a[": 1'],
    ['a single-quoted key', "'a[': 1"],
    ['a quoted scalar after a dash', '- "[["'],
    ['a quoted scalar in a flow sequence', 'a: ["[[", 1]'],
    ['a literal block scalar', 'a: |\n  [[\n  - - - -\n  "unclosed'],
    ['a folded block scalar with indicators', 'a: >-2\n  [[\n\n  [['],
    ['a block scalar followed by a comment', 'a: | # note\n  [['],
    ['an anchor and a tag', 'a: &x !tag b'],
    ['blank lines', 'a: 1\n\n\n'],
    ['a line ending in CRLF', 'a: b\r'],
    ['a tab after a dash', '-\tb'],
    ['a question mark in a plain scalar', 'a: b? [['],
    ['a dash in a plain scalar', 'a: b - [['],
  ])('%s', (_, text) => {
    const { text: nested, offset } = thenNested(text);
    expect(findDeepNesting(nested, 2)).toBe(offset);
  });

  it.each([
    ['block sequences by indentation', '- a\n  - b\n    - c', 2, 6],
    ['compact block sequences', '- - - x', 2, 2],
    ['a question-mark key', '? - - x', 2, 2],
    ['a mapping key that starts with a dash', '-x: 1\n- - y', 2, 8],
    ['a mapping inside a sequence', '- a:\n    - b:\n        - c', 3, 22],
    ['going back out', '- - a\n- - b\n- - - c', 3, 16],
    ['a flow sequence nested in a flow mapping', 'a: {b: [c, [d]]}', 3, 11],
    ['flow brackets after a comma', 'a: [1, [2, [3]]]', 3, 11],
    ['a flow sequence as a key', '[[a]]: 1', 2, 1],
  ])('%s: %j passes %i levels at offset %i', (_, text: string, limit: number, offset: number) => {
    expect(findDeepNesting(text, limit)).toBe(offset);
  });
});
