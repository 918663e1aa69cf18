import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/render/junit/xml.js';

describe('XML escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('leaves out characters XML does not allow, keeping tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0001c\u001fd\te\nf\rg\uFFFEh\uFFFFi\uD800j\uDFFFk😀l\uE000m\uFFFDn')).toBe('abcd\te\nf\rghijk😀l\uE000m\uFFFDn');
  });

  it('leaves plain text as it is', () => {
    expect(escapeXml('EX01 – Exchange 2019 CU14')).toBe('EX01 – Exchange 2019 CU14');
  });
});
