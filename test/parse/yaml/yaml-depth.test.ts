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
