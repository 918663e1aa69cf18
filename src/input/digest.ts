import sha256 from 'fast-sha256';

/**
 * Texts up to this many characters are hashed in JavaScript: loading Node's own SHA-256
 * (node:crypto, and the stream modules it needs) costs a few milliseconds, more than hashing a
 * catalog overlay here. Larger texts go to node:crypto, several times faster per byte; it is
 * loaded only then.
 */
const HASHED_HERE_BELOW = 1 << 20;

type NodeCrypto = typeof import('node:crypto');

/** The SHA-256 of a text's UTF-8 bytes, as `sha256:` and 64 hex digits. */
export function sha256Digest(text: string): string {
  if (text.length < HASHED_HERE_BELOW) return `sha256:${Buffer.from(sha256.hash(Buffer.from(text, 'utf8'))).toString('hex')}`;
  const { createHash } = process.getBuiltinModule('node:crypto') as NodeCrypto;
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
