import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/input/digest.js';

const nodeDigest = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

describe('sha256Digest', () => {
  it('gives the SHA-256 of the text as sha256: and 64 hex digits', () => {
    expect(sha256Digest('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Digest('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of any text as node:crypto does', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256Digest(text) === nodeDigest(text)));
  });

  it('gives the same digest on either side of the size where hashing moves to node:crypto', () => {
    for (const length of [(1 << 20) - 1, 1 << 20, (1 << 20) + 1]) {
      const text = 'é-15.2.1544.4\n'.repeat(Math.ceil(length / 14)).slice(0, length);
      expect(sha256Digest(text)).toBe(nodeDigest(text));
    }
  });
});
