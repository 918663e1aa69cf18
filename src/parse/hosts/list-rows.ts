import type { TextLine } from '../text/line-splitter.js';
import { BUILD_COLUMNS, HOST_COLUMNS, URL_COLUMNS, normalizeColumn } from './columns.js';
import { badRow, hostRow, urlRow, type HostRow } from './host-row.js';
import type { RowParser } from './row-parser.js';

/** `Name                : EX01`: a property name, at least one space, a colon, the value (PowerShell pads names to align the colons). */
export const LIST_LINE = /^([A-Za-z_][\w .-]*?)\s+:(?:\s(.*))?$/;

interface Entry {
  readonly key: string;
  value: string;
}

interface Block {
  readonly lineNumber: number;
  readonly entries: Entry[];
}

const valueOf = (block: Block, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = block.entries.find((entry) => entry.key === key)?.value.trim();
    if (value) return value;
  }
  return null;
};

function rowOf(block: Block): HostRow {
  const host = valueOf(block, HOST_COLUMNS);
  const build = valueOf(block, BUILD_COLUMNS);
  const url = valueOf(block, URL_COLUMNS);
  if (build !== null) return hostRow(block.lineNumber, host, build);
  if (url !== null) return urlRow(block.lineNumber, host, url);
  return badRow(block.lineNumber, host, `no build in this entry; expected one of ${BUILD_COLUMNS.join(', ')}`);
}

/**
 * `Format-List` output: one block of `Name : value` lines per object, blocks separated by blank lines (or
 * by a property repeating, when the blank lines were lost). A value too long for the console continues
 * on indented lines. Each block is one row, numbered by its first line; the host is the first host key
 * present, the build the first build key (else a URL key: a server to probe).
 */
export function createListRowParser(): RowParser {
  let block: Block | null = null;
  const flush = (): HostRow[] => {
    const done = block;
    block = null;
    return done === null ? [] : [rowOf(done)];
  };
  return {
    line: ({ text, lineNumber }: TextLine): HostRow[] => {
      if (text.trim() === '') return flush();
      const match = LIST_LINE.exec(text.trimEnd());
      if (match) {
        const key = normalizeColumn(match[1]!);
        const rows = block?.entries.some((entry) => entry.key === key) ? flush() : [];
        block ??= { lineNumber, entries: [] };
        block.entries.push({ key, value: match[2] ?? '' });
        return rows;
      }
      const last = block?.entries.at(-1);
      if (last && /^\s/.test(text)) last.value += text.trim();
      return [];
    },
    end: flush,
  };
}
