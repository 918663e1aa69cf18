import { describe, expect, it } from 'vitest';
import { nameCodePoint, describePosition, formatCount, quoteText } from '../../../src/parse/build-text/quote-text.js';

describe('quoteText', () => {
  it('quotes short text as JSON', () => {
    expect(quoteText('15.2.1118.7\r\n')).toBe('"15.2.1118.7\\r\\n"');
  });

  it('escapes what JSON leaves raw: DEL, C1 controls, line separators, zero-width and bidi characters', () => {
    expect(quoteText('a\u007F\u0085\u2028\u200B\u202E\uFEFFb')).toBe('"a\\u007F\\u0085\\u2028\\u200B\\u202E\\uFEFFb"');
  });

  it('shortens long text and says how long it was', () => {
    const quoted = quoteText(`FileVersion : 15.02.1118.007\r\n`.repeat(4500));
    expect(quoted).toBe('"FileVersion : 15.02.1118.007\\r\\nFileVersion : 15.02.1118.00"... (135,000 characters)');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(quoteText(`${'a'.repeat(56)}😀${'b'.repeat(10)}`)).toBe(`"${'a'.repeat(56)}"... (68 characters)`);
  });
});

describe('message helpers', () => {
  it('formats counts, code points and positions the same everywhere', () => {
    expect(formatCount(4500)).toBe('4,500');
    expect(nameCodePoint('１')).toBe('U+FF11');
    expect(nameCodePoint('😀')).toBe('U+1F600');
    expect(describePosition('ab\r\ncd\ref\ngh', 11)).toBe('line 4, column 2');
  });
});
