import type { createHash } from 'node:crypto';
import sha256 from 'fast-sha256';

/**
 * Texts up to this many characters are hashed in JavaScript: loading Node's own SHA-256
 * (node:crypto, and the stream modules it needs) costs a few milliseconds, more than hashing a
 * catalog overlay here. Larger texts go to node:crypto, several times faster per byte; it is
 * loaded only then.
 */
const HASHED_HERE_BELOW = 1 << 20;

/** The SHA-256 of a text's UTF-8 bytes, as `sha256:` and 64 hex digits. */
export function sha256Digest(text: string): string {
  if (text.length < HASHED_HERE_BELOW) return `sha256:${Buffer.from(sha256.hash(Buffer.from(text, 'utf8'))).toString('hex')}`;
  const crypto = process.getBuiltinModule('node:crypto') as { createHash: typeof createHash };
  return `sha256:${crypto.createHash('sha256').update(text).digest('hex')}`;
}
