import { describe, expect, it } from 'vitest';
import { scanXmlTags } from '../../../src/parse/probe/scan-xml-tags.js';

const shape = (text: string): [string, number, Record<string, string>][] =>
  scanXmlTags(text).map((tag) => [tag.name, tag.depth, Object.fromEntries(tag.attributes)]);

describe('scanning XML start tags', () => {
  it('reads names, prefixes, depth, and attributes in any order and either quote', () => {
    const tags = scanXmlTags(`<?xml version="1.0"?><a:root x='1'><a:child  b = "2"  c='3'/><other/></a:root>`);
    expect(tags.map((tag) => [tag.name, tag.localName, tag.depth])).toEqual([
      ['a:root', 'root', 0],
      ['a:child', 'child', 1],
      ['other', 'other', 1],
    ]);
    expect(Object.fromEntries(tags[1]!.attributes)).toEqual({ b: '2', c: '3' });
  });

  it('skips comments, CDATA and processing instructions, even when they hold tags', () => {
    expect(shape('<r><!-- <fake a="1"/> --><![CDATA[<fake/>]]><?pi <fake/>?><real/></r>')).toEqual([
      ['r', 0, {}],
      ['real', 1, {}],
    ]);
  });

  it('never expands entities: a DOCTYPE internal subset is skipped and its entities stay as written', () => {
    const bomb = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><r v="&c;" w="&lt;&#65;&#x42;&amp;"/>`;
    expect(shape(bomb)).toEqual([['r', 0, { v: '&c;', w: '<AB&' }]]);
  });

  it('keeps a ">" inside a quoted attribute value', () => {
    expect(shape('<r a="x>y" b=\'>\'/>')).toEqual([['r', 0, { a: 'x>y', b: '>' }]]);
  });

  it('keeps the first of repeated attributes', () => {
    expect(shape('<r a="1" a="2"/>')).toEqual([['r', 0, { a: '1' }]]);
  });

  it('stops quietly at malformed input, keeping what it read', () => {
    expect(shape('<r><ok/><broken a="1"')).toEqual([
      ['r', 0, {}],
      ['ok', 1, {}],
    ]);
    expect(shape('<r><!-- never closed')).toEqual([['r', 0, {}]]);
    expect(shape('not xml at all')).toEqual([]);
    expect(shape('<< <')).toEqual([]);
  });
});
