import { describe, expect, it } from 'vitest';
import { jsonEntryLines } from '../../../src/parse/hosts/json-entry-lines.js';

describe('the line each JSON array entry starts on', () => {
  it.each([
    ['one entry per line', '[\n  {"host": "a"},\n  {"host": "b"}\n]', [2, 3]],
    ['entries over several lines', '[\n  {\n    "host": "a,]"\n  },\n  "15.2.1.1"\n]', [2, 5]],
    ['strings with escaped quotes and brackets', '["a\\"]", \n "b"]', [1, 2]],
    ['a lone object', '\n\n{"host": "a"}', [3]],
    ['an empty array', '[ ]', []],
  ])('%s', (_, text, lines) => {
    expect(jsonEntryLines(text)).toEqual(lines);
  });
});
