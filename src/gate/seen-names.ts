import { hashPair } from '../shared/fingerprint.js';

const BITS = 2 ** 27;
const PROBES = 7;

/**
 * Remembers names in a fixed 16 MiB Bloom filter, so memory does not grow with the number of
 * names. A name seen before is always recognised; a new name is mistaken for a seen one with a
 * probability of about 1e-9 after a million names.
 */
export class SeenNames {
  private bits: Uint8Array | null = null;

  addAndCheck(name: string): boolean {
    this.bits ??= new Uint8Array(BITS / 8);
    const [first, hash] = hashPair(name);
    const second = hash | 1;
    let seen = true;
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = ((first + Math.imul(probe, second)) >>> 0) & (BITS - 1);
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
