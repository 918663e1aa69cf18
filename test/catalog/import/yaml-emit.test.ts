import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitValue } from '../../../src/catalog/import/yaml-emit.js';

describe('writing values in the catalog style', () => {
  it('reads back every string as written, plain where YAML allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(parse(`key: ${emitValue(text)}\n`)).toEqual({ key: text });
      }),
      { numRuns: 2000 },
    );
    for (const text of ['true', 'No', '2026-10-13', '15.2.1748.55', 'https://example.com/a?b=1', 'a: b', 'x #y', '- item', "Outlook's web client (OWA)"]) {
      expect(parse(`key: ${emitValue(text)}\n`)).toEqual({ key: text });
    }
    expect(emitValue('Exchange 2019 CU15 Oct26SU')).toBe('Exchange 2019 CU15 Oct26SU');
  });

  it('writes scores with a decimal, lists and maps in flow style', () => {
    expect(emitValue(8)).toBe('8.0');
    expect(emitValue(6.5)).toBe('6.5');
    expect(emitValue(['CVE-2026-1', 'CVE-2026-2'])).toBe('[CVE-2026-1, CVE-2026-2]');
    expect(emitValue({ security: 'complete' })).toBe('{ security: complete }');
  });
});
