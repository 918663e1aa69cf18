// Reads one dotted number (15.02.1118.007) into a build, or says why it is none.
import { MAX_BUILD_PART, type DottedBuild } from '../build/build.js';

export type DottedReading =
  | { readonly kind: 'build'; readonly parts: DottedBuild }
  | { readonly kind: 'bad'; readonly why: 'malformed' | 'too-large'; readonly prefix: readonly number[] };

/** At most 5 digits: anything longer is above 65535 whatever it says (and never turned into a number). */
const MAX_PART_DIGITS = 5;

/** Reads `core`, made only of digits and dots: four parts of at most 65535 make a build. */
export function readDottedCore(core: string): DottedReading {
  const texts = core.split('.');
  const prefix: number[] = [];
  for (const text of texts) {
    if (text === '') return { kind: 'bad', why: 'malformed', prefix };
    if (text.length > MAX_PART_DIGITS || Number(text) > MAX_BUILD_PART) return { kind: 'bad', why: 'too-large', prefix };
    prefix.push(Number(text));
  }
  if (prefix.length !== 4) return { kind: 'bad', why: 'malformed', prefix };
  return { kind: 'build', parts: prefix as unknown as DottedBuild };
}

const QUOTES = /^(["'])(.*)\1$/;

/**
 * Reads a labelled value such as `15.02.1118.007`, `'15.02.1748.010'` or `15.2.1748.10.` (the full stop
 * ending a log sentence). `null` when it does not start with a dotted number (`8/1/2002`, `08:00:00`,
 * `Unknown`), or ends in an ellipsis (the truncation scanner reports those).
 */
export function readDottedToken(token: string): DottedReading | null {
  let value = token.replace(QUOTES, '$2').replace(/[;,]$/, '');
  if (value.endsWith('…') || value.endsWith('..')) return null;
  if (value.endsWith('.')) value = value.slice(0, -1);
  const leading = /^[0-9][0-9.]*/.exec(value)?.[0].replace(/\.$/, '');
  if (leading === undefined || !leading.includes('.')) return null;
  if (leading.length === value.length) return readDottedCore(value);
  const prefix = readDottedCore(leading);
  return { kind: 'bad', why: 'malformed', prefix: prefix.kind === 'build' ? prefix.parts : prefix.prefix };
}

/** Every part at most 255: the shape of an IPv4 address (and of a few early Exchange builds). */
export const isIpShaped = (parts: DottedBuild): boolean => parts.every((part) => part <= 255);
