import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/render/text/display-width.js';
import { wrapLine } from '../../../src/render/text/wrap-line.js';
import { TEXT_STYLES, segmentText, span, type Segment, type StyledLine } from '../../../src/shared/styled-text.js';

const word = fc.stringMatching(/^[a-zA-Z0-9.,:()-]{1,14}$/);
const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ')), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const segment: fc.Arbitrary<Segment> = fc.oneof(text, fc.record({ style: fc.constantFrom(...TEXT_STYLES), text }));
const line = fc.array(segment, { minLength: 1, maxLength: 6 });

const lineText = (styled: StyledLine): string => styled.map(segmentText).join('');
const wordsOf = (styled: readonly StyledLine[]): string[] => styled.flatMap((part) => lineText(part).split(' ').filter(Boolean));
/** Each non-space character with its style: wrapping may move characters to other lines, never restyle them. */
const styledChars = (styled: readonly StyledLine[]): string[] =>
  styled.flat().flatMap((part) => [...segmentText(part)].filter((char) => char !== ' ').map((char) => `${typeof part === 'string' ? '' : part.style}:${char}`));

describe('wrapping a line', () => {
  it('breaks only between words, keeps every word and style in order, and fits the width unless one word is wider', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 8, max: 120 }), fc.constantFrom('', '  ', '    '), (styled, width, indent) => {
        const wrapped = wrapLine(styled, width, indent);
        expect(wordsOf(wrapped)).toEqual(wordsOf([styled]));
        expect(styledChars(wrapped)).toEqual(styledChars([styled]));
        for (const [index, part] of wrapped.entries()) {
          const shown = lineText(part);
          if (index > 0) expect(shown.startsWith(indent)).toBe(true);
          if (displayWidth(shown) > width) expect(shown.trim().split(' ').filter(Boolean).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a line whole without a width (a pipe, a file)', () => {
    const styled = ['  ', span('strong', 'exchange-mailbox-server-01.contoso.com'), '  word '.repeat(40)];
    expect(wrapLine(styled, null, '    ')).toEqual([styled]);
  });

  it('never cuts a host name longer than the terminal', () => {
    expect(wrapLine(['exchange-mailbox-server-01.contoso.com is behind'], 20, '  ').map(lineText)).toEqual([
      'exchange-mailbox-server-01.contoso.com',
      '  is behind',
    ]);
  });

  it('keeps the indentation of the first line and the spacing between columns', () => {
    expect(wrapLine(['  ! CVE-2021-34473  critical   9.8  ProxyShell lets anyone in'], 40, '      ').map(lineText)).toEqual([
      '  ! CVE-2021-34473  critical   9.8',
      '      ProxyShell lets anyone in',
    ]);
  });
});
