import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineSplitter, type TextLine } from '../../../src/parse/text/line-splitter.js';

function split(chunks: readonly string[], maxLineChars?: number): TextLine[] {
  const splitter = createLineSplitter(maxLineChars);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** The same, taking at most `max` lines at a time. */
function splitFew(chunks: readonly string[], max: number, maxLineChars?: number): TextLine[] {
  const splitter = createLineSplitter(maxLineChars);
  const lines: TextLine[] = [];
  for (const chunk of chunks) {
    splitter.add(chunk);
    for (let taken = splitter.next(max); taken.length > 0; taken = splitter.next(max)) lines.push(...taken);
  }
  return [...lines, ...splitter.end()];
}

describe('splitting text into numbered lines', () => {
  it('gives the same lines taken a few at a time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom('x', '\n', '\r\n', '\uFEFF'), { maxLength: 30 }).map((parts) => parts.join('')),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 4 }),
        (chunks, max) => {
          expect(splitFew(chunks, max, 8)).toEqual(split(chunks, 8));
        },
      ),
    );
  });

  it('numbers LF and CRLF lines from 1, drops a leading BOM and keeps a last line without a newline', () => {
    expect(split(['\uFEFFa\r\nb\n', '\nc'])).toEqual([
      { text: 'a', lineNumber: 1 },
      { text: 'b', lineNumber: 2 },
      { text: '', lineNumber: 3 },
      { text: 'c', lineNumber: 4 },
    ]);
  });

  it('gives the same lines however the text is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', '\n', '\r\n', ' '), { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 5 }), (parts, cuts) => {
        const text = parts.join('');
        const points = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((start, index) => text.slice(start, points[index] ?? text.length));
        expect(split(pieces)).toEqual(split([text]));
      }),
    );
  });

  it('cuts a line over the limit once, marks it, and goes on with the next line', () => {
    const lines = split(['ab', 'cdefgh', 'ij\nnext\n'], 5);
    expect(lines).toEqual([
      { text: 'abcdefgh', lineNumber: 1, tooLong: true },
      { text: 'next', lineNumber: 2 },
    ]);
  });

  it('marks a line over the limit that arrives whole, with its line break, in one piece', () => {
    expect(split(['ok\nabcdefghij\nnext\n'], 5)).toEqual([
      { text: 'ok', lineNumber: 1 },
      { text: 'abcdefghij', lineNumber: 2, tooLong: true },
      { text: 'next', lineNumber: 3 },
    ]);
  });
});
