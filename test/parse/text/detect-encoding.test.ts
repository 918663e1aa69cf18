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

describe('byte-order marks decide before the zero-byte count', () => {
  it.each([
    ['UTF-16LE with a BOM and no ASCII', encode('\uFEFF€€€€€€', 'utf16le'), 'utf-16le'],
    ['UTF-16BE with a BOM and no ASCII', bigEndian('\uFEFF€€€€€€'), 'utf-16be'],
    ['UTF-8 with a BOM before UTF-16-like bytes', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0]), 'utf-8'],
    ['a lone 0xFF', Uint8Array.from([0xff, 0x41, 0x42, 0x43, 0x44, 0x45]), 'utf-8'],
    ['0xFF 0xFF', Uint8Array.from([0xff, 0xff, 0x41, 0x42, 0x43, 0x44]), 'utf-8'],
    ['a lone 0xFE', Uint8Array.from([0xfe, 0x41, 0x42, 0x43, 0x44, 0x45]), 'utf-8'],
    ['0xFE 0xFE', Uint8Array.from([0xfe, 0xfe, 0x41, 0x42, 0x43, 0x44]), 'utf-8'],
    ['0xEF 0xBB without 0xBF is no BOM: the zero bytes decide', Uint8Array.from([0xef, 0xbb, 0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0]), 'utf-16le'],
    ['0xEF without 0xBB', Uint8Array.from([0xef, 0x41, 0xbf, 0x41, 0x42, 0x43]), 'utf-8'],
  ])('%s', (_, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});

describe('UTF-16 without a BOM', () => {
  it.each([
    ['two characters are enough', encode('AB', 'utf16le'), 'utf-16le'],
    ['one character is not', encode('A', 'utf16le'), 'utf-8'],
    ['three of four zero high bytes is enough', Uint8Array.from([0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0x20]), 'utf-16le'],
    ['two of four is not', Uint8Array.from([0x41, 0, 0x42, 0, 0x43, 0x20, 0x44, 0x20]), 'utf-8'],
    ['big-endian, three of four', Uint8Array.from([0, 0x41, 0, 0x42, 0, 0x43, 0x20, 0x44]), 'utf-16be'],
    ['big-endian, two of four', Uint8Array.from([0, 0x41, 0, 0x42, 0x20, 0x43, 0x20, 0x44]), 'utf-8'],
    ['zeros on both sides are not text', Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0]), 'utf-8'],
    ['only the first 64 pairs count', Uint8Array.from([...encode('x'.repeat(64), 'utf16le'), ...new Array<number>(200).fill(0x41)]), 'utf-16le'],
    ['an odd trailing byte is left out', Uint8Array.from([0x41, 0, 0x42, 0, 0x43, 0, 0]), 'utf-16le'],
  ])('%s', (_, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});
