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

/**
 * Splits text that arrives in pieces into lines (LF or CRLF), numbered from 1; a leading BOM is
 * dropped. A line over `maxLineChars` is returned once, cut and marked, and the rest of it is
 * skipped, so memory stays bounded whatever the input.
 */
export function createLineSplitter(maxLineChars = MAX_LINE_CHARS): { readonly push: (chunk: string) => TextLine[]; readonly end: () => TextLine[] } {
  let pending = '';
  let lineNumber = 0;
  let first = true;
  let skipping = false;
  const take = (text: string): TextLine => {
    lineNumber += 1;
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text, lineNumber };
  };
  return {
    push(chunk) {
      let text = pending + chunk;
      if (first && text.length > 0) {
        first = false;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      const lines: TextLine[] = [];
      let start = 0;
      for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
        if (skipping) skipping = false;
        else lines.push(take(text.slice(start, newline)));
        start = newline + 1;
      }
      pending = skipping ? '' : text.slice(start);
      if (pending.length > maxLineChars) {
        lineNumber += 1;
        lines.push({ text: pending.slice(0, SHOWN_OF_LONG_LINE), lineNumber, tooLong: true });
        pending = '';
        skipping = true;
      }
      return lines;
    },
    end() {
      if (pending === '') return [];
      const last = take(pending);
      pending = '';
      return [last];
    },
  };
}
