/** Two independent 32-bit FNV-style hashes of a text. */
export function hashPair(text: string): [number, number] {
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x5bd1e995) >>> 0;
  }
  return [low, high];
}

/** A 53-bit fingerprint of a text, exact as a JavaScript number. */
export function fingerprint(text: string): number {
  const [low, high] = hashPair(text);
  return (high & 0x1fffff) * 0x100000000 + low;
}
