// Refuses text no console prints: control characters, look-alike digits and dots, hidden characters, huge input.
import { BuildStringError } from '../../shared/errors.js';
import { nameCodePoint, describePosition, formatCount, quoteText } from './quote-text.js';

/** 4 Mi characters: far more than any console paste, setup log excerpt or mail header. */
export const MAX_TEXT_LENGTH = 4 * 1024 * 1024;

/** Non-ASCII decimal digits: full-width １, Arabic-Indic ١, Devanagari १, mathematical 𝟏... Made on first use: a Unicode property costs start-up time. */
let lookAlikeDigit: RegExp | undefined;
/** One-dot leader, ideographic and full-width full stops, middle dots, Arabic separators, next to a digit. */
const DOTS = '\\u00B7\\u0387\\u066B\\u066C\\u06D4\\u0701\\u0702\\u2024\\u2027\\u2219\\u22C5\\u2E33\\u3002\\u30FB\\uFE52\\uFF0E\\uFF61\\uFF65';
const LOOK_ALIKE_DOT = new RegExp(`[0-9][${DOTS}]|[${DOTS}][0-9]`);
/** Zero-width and soft-hyphen characters next to a digit or a dot, where they would split a number. */
const HIDDEN = '\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF';
const HIDDEN_IN_NUMBER = new RegExp(`[0-9.][${HIDDEN}]|[${HIDDEN}][0-9.]`);
/** Bidirectional overrides and isolates reorder what is shown: refused anywhere. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const isControl = (code: number): boolean => (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);

function refuse(text: string, what: string, index: number, advice: string): never {
  throw new BuildStringError(`build text ${quoteText(text)} contains ${what} (${describePosition(text, index)}); ${advice}`);
}

function refuseFirst(text: string, pattern: RegExp, offsetInMatch: (match: string) => number, what: string, advice: string): void {
  const match = pattern.exec(text);
  if (!match) return;
  const offset = offsetInMatch(match[0]);
  const char = String.fromCodePoint(match[0].codePointAt(offset) ?? 0);
  refuse(text, `${what} ${nameCodePoint(char)}`, match.index + offset, advice);
}

const notAsciiDigitOrDot = (match: string): number => (/^[0-9.]/.test(match) ? 1 : 0);

/** Throws one line when the text cannot be read safely; returns when it can. Linear in the text's length. */
export function checkTextIsReadable(text: string): void {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new BuildStringError(
      `build text ${quoteText(text)} is too long (${formatCount(text.length)} characters; at most ${formatCount(MAX_TEXT_LENGTH)}): paste only the lines that state the build`,
    );
  }
  const body = text.startsWith('\uFEFF') ? 1 : 0;
  for (let i = body; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) refuse(text, `control character ${nameCodePoint(text[i]!)}`, i, 'paste the text as the console printed it');
  }
  if (!/[^\t\n\r -~]/.test(text)) return;
  const digitsAdvice = 'builds are written with the ASCII digits 0-9 and "."';
  refuseFirst(text, (lookAlikeDigit ??= /(?![0-9])\p{Nd}/u), () => 0, 'the look-alike digit', digitsAdvice);
  refuseFirst(text, LOOK_ALIKE_DOT, notAsciiDigitOrDot, 'the look-alike dot', digitsAdvice);
  refuseFirst(text, BIDI_CONTROL, () => 0, 'the bidirectional control', 'paste the text as the console printed it');
  const hidden = HIDDEN_IN_NUMBER.exec(text.slice(body));
  if (hidden) {
    const offset = notAsciiDigitOrDot(hidden[0]);
    refuse(text, `the invisible character ${nameCodePoint(hidden[0][offset]!)} inside a number`, hidden.index + body + offset, digitsAdvice);
  }
}
