import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesNeedJsonGuard, guardJsonBytes, guardJsonText } from '../../src/output/json-guard.js';
import { TERMINAL_CONTROL, hostileString } from '../support/hostile-text.js';

const value = fc.oneof(hostileString(), fc.dictionary(hostileString(), hostileString(), { maxKeys: 4 }), fc.array(hostileString(), { maxLength: 4 }));
const encoder = new TextEncoder();
const decoder = new TextDecoder();

describe('JSON at the output edge', () => {
  it('writes C1, DEL and bidirectional controls as \\u escapes that JSON.stringify leaves raw', () => {
    const json = JSON.stringify({ name: 'a\u009b2J\u202eb\u007f', lines: 'x\u2028y' });
    expect(guardJsonText(json)).toBe('{"name":"a\\u009b2J\\u202eb\\u007f","lines":"x\\u2028y"}');
  });

  it('keeps the exact data and shows a terminal no control character, in text and in bytes', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (data, pretty) => {
        const json = JSON.stringify(data, null, pretty ? 2 : undefined);
        const guarded = guardJsonText(json);
        expect(JSON.parse(guarded)).toEqual(data);
        expect(guarded.replace(/\n/g, '')).not.toMatch(TERMINAL_CONTROL);
        expect(decoder.decode(guardJsonBytes(encoder.encode(json)))).toBe(guarded);
      }),
      { numRuns: 500 },
    );
  });

  it('finds in UTF-8 bytes exactly the characters it escapes in text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString(), fc.string({ unit: 'grapheme' })), (text) => {
        const controls = [...text].filter((char) => TERMINAL_CONTROL.test(char) && !'\t\n\r'.includes(char));
        expect(bytesNeedJsonGuard(encoder.encode(text))).toBe(controls.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('checks bytes shared between hosts once, and passes clean bytes on as they are', () => {
    const clean = encoder.encode('{"a":"b – ü"}');
    expect(guardJsonBytes(clean)).toBe(clean);
    const dirty = encoder.encode('{"a":"\u009b"}');
    expect(guardJsonBytes(dirty)).toBe(guardJsonBytes(dirty));
  });
});
