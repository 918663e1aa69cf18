import type { TextLine } from '../text/line-splitter.js';
import type { HostRow } from './host-row.js';

/** Turns the lines of a host list into rows, line by line; `end` gives what the last lines completed. */
export interface RowParser {
  readonly line: (line: TextLine) => HostRow[];
  readonly end: () => HostRow[];
}

/** Blank lines and `#` comments carry no host. */
export const isSkippedLine = (text: string): boolean => text.trim() === '' || text.trimStart().startsWith('#');
