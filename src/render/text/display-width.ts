import { eastAsianWidth } from 'get-east-asian-width';
import { escapeControls } from '../../shared/escape-controls.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let zeroWidth: RegExp | undefined;

/** Combining marks and format characters (zero-width space and joiner, soft hyphen) take no column. */
const isZeroWidth = (char: string): boolean => (zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]$/u).test(char);

/**
 * Columns one character takes. Latin letters and the punctuation catalogs use (dashes, quotes, the
 * middle dot, the ellipsis) take one without consulting the Unicode tables, whose regular
 * expression costs a run milliseconds to compile.
 */
function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x300 || (code >= 0x2010 && code <= 0x205f)) return 1;
  return isZeroWidth(char) ? 0 : eastAsianWidth(code);
}

/** The columns the text takes on a terminal once the output edge has written its control characters out. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const char of escapeControls(text, false)) width += charWidth(char);
  return width;
}

/** The text followed by spaces up to `width` columns; longer text is left whole. */
export const padToWidth = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
