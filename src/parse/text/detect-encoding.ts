export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a text from its first bytes: a byte-order mark, or for UTF-16 without one, the
 * zero bytes that ASCII characters leave in every other position.
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const pairs = Math.min(64, Math.floor(head.length / 2));
  if (pairs < 2) return 'utf-8';
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (head[index] === 0) zeroEven += 1;
    if (head[index + 1] === 0) zeroOdd += 1;
  }
  if (zeroOdd >= pairs * 0.75 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= pairs * 0.75 && zeroOdd === 0) return 'utf-16be';
  return 'utf-8';
}
