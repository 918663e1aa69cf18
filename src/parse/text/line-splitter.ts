export interface TextLine {
  readonly text: string;
  /** 1-based line number in the whole text. */
  readonly lineNumber: number;
  /** Set when the line was longer than the limit: `text` then holds only its start. */
  readonly tooLong?: true;
}

/** Lines longer than this are cut: a host-list row is a few hundred characters at most. */
export const MAX_LINE_CHARS = 1024 * 1024;

const SHOWN_OF_LONG_LINE = 120;

export interface LineSplitter {
  /** Adds a piece of text; `next` then gives the lines it completed. */
  readonly add: (chunk: string) => void;
  /** Up to `max` complete lines, in order; fewer (or none) once the text added so far is used up. */
  readonly next: (max: number) => TextLine[];
  /** Adds a piece of text and gives every line it completed. */
  readonly push: (chunk: string) => TextLine[];
  /** The last line, when the text does not end with a line break. */
  readonly end: () => TextLine[];
}

/**
 * Splits text that arrives in pieces into lines (LF or CRLF), numbered from 1; a leading BOM is
 * dropped. A line over `maxLineChars` is returned once, cut and marked, and the rest of it is
 * skipped, so memory stays bounded whatever the input. Lines can be taken a few at a time, so a
 * large piece of text never becomes a large array of lines.
 */
export function createLineSplitter(maxLineChars = MAX_LINE_CHARS): LineSplitter {
  let text = '';
  let start = 0;
  let lineNumber = 0;
  let first = true;
  let skipping = false;
  const take = (line: string): TextLine => {
    lineNumber += 1;
    return { text: line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber };
  };
  const tooLong = (end = text.length): TextLine => {
    lineNumber += 1;
    return { text: text.slice(start, Math.min(end, start + SHOWN_OF_LONG_LINE)), lineNumber, tooLong: true };
  };
  const add = (chunk: string): void => {
    text = text.slice(start) + chunk;
    start = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
  };
  const next = (max: number): TextLine[] => {
    const lines: TextLine[] = [];
    while (lines.length < max) {
      const newline = text.indexOf('\n', start);
      if (newline < 0) break;
      if (skipping) skipping = false;
      else if (newline - start > maxLineChars) lines.push(tooLong(text[newline - 1] === '\r' ? newline - 1 : newline));
      else lines.push(take(text.slice(start, newline)));
      start = newline + 1;
    }
    if (lines.length < max && (skipping || text.length - start > maxLineChars)) {
      if (!skipping) {
        lines.push(tooLong());
        skipping = true;
      }
      text = '';
      start = 0;
    }
    return lines;
  };
  return {
    add,
    next,
    push: (chunk) => {
      add(chunk);
      return next(Number.POSITIVE_INFINITY);
    },
    end() {
      const rest = skipping ? '' : text.slice(start);
      text = '';
      start = 0;
      return rest === '' ? [] : [take(rest)];
    },
  };
}
