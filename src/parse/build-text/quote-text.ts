// Shows text inside a one-line message: shortened, JSON-escaped, nothing invisible left raw.

const SHOWN_LENGTH = 60;

/** Characters JSON.stringify leaves raw that a terminal would act on or hide. */
const INVISIBLE = /[\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

const escapeCharacter = (char: string): string => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `n` with thousands separators, the same on every machine: 4,500. */
export const formatCount = (count: number): string => count.toLocaleString('en-US');

/** `"15.2.1118.7"`, or `"FileVersion : 15.02.1118.007\r\nFileVer"... (135,000 characters)` for long text. */
export function quoteText(text: string): string {
  if (text.length <= SHOWN_LENGTH) return JSON.stringify(text).replace(INVISIBLE, escapeCharacter);
  let head = text.slice(0, SHOWN_LENGTH - 3);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${JSON.stringify(head).replace(INVISIBLE, escapeCharacter)}... (${formatCount(text.length)} characters)`;
}

/** `U+FF11`. */
export const nameCodePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** "line 3, column 12" for an index into the text. */
export function describePosition(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}
