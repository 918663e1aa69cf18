/**
 * Characters a terminal may act on instead of showing: C0 controls (ESC starts every escape and OSC
 * sequence, BEL ends OSC titles and links, CR and backspace overwrite), DEL, C1 controls (U+009B is
 * an 8-bit CSI), the line and paragraph separators, and the bidirectional controls that reorder
 * what is shown (U+202E RLO and friends).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this file is for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_BUT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, '0');

/** `\x1b`, `\x9b`, `\u202e`: the control written out as characters a terminal only shows. */
function escapeControl(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/**
 * The text with every control character written out visibly (`\x1b[31m` stays readable and inert).
 * Tabs and newlines are kept where the format gives them a meaning (`keepLayout`): TSV columns,
 * lines of text; elsewhere they are escaped too.
 */
export function escapeControls(text: string, keepLayout: boolean): string {
  return text.replace(keepLayout ? CONTROLS_BUT_TAB_AND_NEWLINE : CONTROLS, escapeControl);
}
