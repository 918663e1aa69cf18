import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, checkTextIsReadable } from '../../../src/parse/build-text/guard-text.js';
import { BuildStringError } from '../../../src/shared/errors.js';

const makeRefusal = (text: string): string => {
  try {
    checkTextIsReadable(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    return (error as Error).message;
  }
  return expect.unreachable('accepted');
};

describe('checkTextIsReadable', () => {
  it.each([
    ['15.2.1118.7', 'plain ASCII'],
    ['\uFEFF15.2.1118.7\r\n', 'a leading BOM and CRLF'],
    ['FileVersion\t: 15.2.1118.7', 'a tab'],
    ['Version\u00A015.2 (Build 1118.7)', 'a no-break space'],
    ['版本 15.2.1118.7', 'CJK text around ASCII digits'],
    ['Exchange 2019 CU14 \u2014 “Nov24SUv2”', 'dashes and smart quotes'],
  ])('accepts %j (%s)', (text) => {
    expect(() => checkTextIsReadable(text)).not.toThrow();
  });

  it.each([
    ['15.2.1118.7\u0007', 'control character U+0007 (line 1, column 12)'],
    ['15.2.1118.7\u007F', 'control character U+007F'],
    ['15.2\u00851118.7', 'control character U+0085'],
    ['FileVersion : 15.2.1118.7\n\u001B[31mred', 'control character U+001B (line 2, column 1)'],
    ['\u0000', 'control character U+0000'],
    ['１５.２.１１１８.７', 'look-alike digit U+FF11 (line 1, column 1)'],
    ['15.2.\u0661\u0661\u0661\u0668.7', 'look-alike digit U+0661'],
    ['15\u20242.1118.7', 'look-alike dot U+2024 (line 1, column 3)'],
    ['15.2.1118\u30027', 'look-alike dot U+3002'],
    ['15.2.1118.7\u3002', 'look-alike dot U+3002 (line 1, column 12)'],
    ['15\uFF0E2.1118.7', 'look-alike dot U+FF0E'],
    ['15.2.11\u200B18.7', 'invisible character U+200B inside a number'],
    ['\u202E7.8111.2.51', 'bidirectional control U+202E'],
  ])('refuses %j in one line', (text, reason) => {
    const message = makeRefusal(text);
    expect(message).toContain(reason);
    expect([...message].filter((char) => char.charCodeAt(0) < 0x20 || /[\u007F-\u009F\u2028\u2029\u200B\u202E]/.test(char))).toEqual([]);
  });

  it('refuses text above the limit at once, naming its length', () => {
    const message = makeRefusal('1'.repeat(MAX_TEXT_LENGTH + 1));
    expect(message).toContain('is too long (4,194,305 characters; at most 4,194,304)');
    expect(message.length).toBeLessThan(300);
  });

  it('accepts text up to the limit', () => {
    expect(() => checkTextIsReadable('a'.repeat(MAX_TEXT_LENGTH))).not.toThrow();
  });
});
