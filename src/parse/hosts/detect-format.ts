import { isBuildColumn, isKnownColumn } from './columns.js';
import { dropConsoleNoise } from './console-noise.js';
import { LIST_LINE } from './list-rows.js';

export const HOSTS_FORMATS = ['csv', 'table', 'list', 'tsv', 'lines', 'jsonl', 'json'] as const;
export type HostsFormat = (typeof HOSTS_FORMATS)[number];

export interface DetectedFormat {
  readonly format: HostsFormat;
  readonly delimiter: ',' | ';' | '\t' | null;
}

const DASHES = /^[\s-]*-[\s-]*$/;

const isComment = (line: string): boolean => line.trimStart().startsWith('#') && !/^#TYPE\b/i.test(line.trim());

/** The first lines that carry content: no blank lines, comments, prompts or transcript headers. */
function firstLines(sample: string, count: number): string[] {
  return dropConsoleNoise(sample.replace(/^\uFEFF/, '').split(/\r?\n/))
    .filter((line) => line.trim() !== '' && !isComment(line))
    .slice(0, count);
}

const listKeyOf = (line: string): string | undefined => LIST_LINE.exec(line.trimEnd())?.[1];

/** `Format-List` output: it starts with a `Name : value` line, and one of the first names a host or build. */
const isList = (lines: readonly string[]): boolean =>
  listKeyOf(lines[0] ?? '') !== undefined &&
  lines.some((line) => {
    const key = listKeyOf(line);
    return key !== undefined && isKnownColumn(key);
  });

function headerDelimiter(line: string): ',' | ';' | '\t' | null {
  for (const delimiter of ['\t', ';', ','] as const) {
    if (line.split(delimiter).length > 1 && line.split(delimiter).some(isKnownColumn)) return delimiter;
  }
  const lone = line.trim();
  return /^"?[A-Za-z]+"?$/.test(lone) && isBuildColumn(lone) ? ',' : null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function detectHostsFormat(sample: string): DetectedFormat {
  const lines = firstLines(sample, 3);
  const [first = '', second = ''] = lines;
  const trimmed = first.trim();
  if (trimmed.startsWith('[')) return { format: 'json', delimiter: null };
  if (trimmed.startsWith('{')) return { format: isJson(trimmed) ? 'jsonl' : 'json', delimiter: null };
  if (isList(lines)) return { format: 'list', delimiter: null };
  if (/^#TYPE\b/i.test(trimmed)) return { format: 'csv', delimiter: headerDelimiter(second) ?? ',' };
  const delimiter = headerDelimiter(first);
  if (delimiter === '\t') return { format: 'tsv', delimiter };
  if (delimiter !== null) return { format: 'csv', delimiter };
  if (DASHES.test(second) && first.trim().split(/\s+/).some(isKnownColumn)) return { format: 'table', delimiter: null };
  return { format: 'lines', delimiter: null };
}

export function delimiterFor(format: HostsFormat, sample: string): DetectedFormat {
  if (format === 'csv') {
    const [first = '', second = ''] = firstLines(sample, 2);
    return { format, delimiter: headerDelimiter(/^#TYPE\b/i.test(first.trim()) ? second : first) ?? ',' };
  }
  return { format, delimiter: format === 'tsv' ? '\t' : null };
}
