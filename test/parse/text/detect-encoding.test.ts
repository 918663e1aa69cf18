import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/parse/text/detect-encoding.js';

const encode = (text: string, encoding: 'utf16le' | 'utf8'): Uint8Array => Buffer.from(text, encoding);
const bigEndian = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16();

describe('detecting the encoding of a host list', () => {
  it.each([
    ['UTF-8', encode('Name,Build\n', 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', encode('\uFEFFName,Build\n', 'utf8'), 'utf-8'],
    ['UTF-16LE with a BOM', encode('\uFEFFName,Build\n', 'utf16le'), 'utf-16le'],
    ['UTF-16LE without a BOM', encode('Name,Build\n', 'utf16le'), 'utf-16le'],
    ['UTF-16BE with a BOM', bigEndian('\uFEFFName,Build\n'), 'utf-16be'],
    ['UTF-16BE without a BOM', bigEndian('Name,Build\n'), 'utf-16be'],
    ['a single byte', encode('x', 'utf8'), 'utf-8'],
  ])('%s', (_, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});
