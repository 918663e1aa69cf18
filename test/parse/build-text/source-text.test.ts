import { describe, expect, it } from 'vitest';
import { splitSourceText } from '../../../src/parse/build-text/source-text.js';

describe('toSourceText', () => {
  it('splits on CRLF, CR and LF, numbering lines from 1, without the BOM', () => {
    expect(splitSourceText('\uFEFFa\r\nB\rc\nd').lines).toEqual([
      { number: 1, text: 'a', lower: 'a' },
      { number: 2, text: 'B', lower: 'b' },
      { number: 3, text: 'c', lower: 'c' },
      { number: 4, text: 'd', lower: 'd' },
    ]);
  });

  it.each([
    ['  15.2.1118.7\r\n', '15.2.1118.7'],
    ['"15.2.1118.7."', '15.2.1118.7'],
    ["'15.2.1118.7'", '15.2.1118.7'],
    ['\u201C15.2.1118.7\u201D', '15.2.1118.7'],
    ['15.2.1118.7...', '15.2.1118.7...'],
  ])('takes %j as the whole token %j', (text, whole) => {
    expect(splitSourceText(text).whole).toBe(whole);
  });
});
