const BITS = 2 ** 27;
const PROBES = 7;

function hashes(text: string): [number, number] {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x5bd1e995) >>> 0;
  }
  return [first, second | 1];
}

/**
 * Remembers names in a fixed 16 MiB Bloom filter, so memory does not grow with the number of
 * names. A name seen before is always recognised; a new name is mistaken for a seen one with a
 * probability of about 1e-9 after a million names.
 */
export class SeenNames {
  private bits: Uint8Array | null = null;

  addAndCheck(name: string): boolean {
    this.bits ??= new Uint8Array(BITS / 8);
    const [first, second] = hashes(name);
    let seen = true;
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = (first + Math.imul(probe, second)) >>> 0 & (BITS - 1);
      const mask = 1 << (bit & 7);
      const byte = bit >>> 3;
      if ((this.bits[byte]! & mask) === 0) {
        seen = false;
        this.bits[byte] = this.bits[byte]! | mask;
      }
    }
    return seen;
  }
}
