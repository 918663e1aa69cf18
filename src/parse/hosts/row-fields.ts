import { tryParseBuildString } from '../build/parse-build-string.js';
import { UsageError } from '../../shared/errors.js';
import { BUILD_COLUMNS, EXPECTED_COLUMNS_HINT, HOST_COLUMNS, findColumns, normalizeColumn, type HostColumns } from './columns.js';
import { badRow, hostRow, type HostRow } from './host-row.js';

const clean = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export function headerColumns(header: readonly string[], where: string): HostColumns {
  const columns = findColumns(header);
  if (!columns) throw new UsageError(`${where}: no build column in header ${JSON.stringify(header.join(' '))}; ${EXPECTED_COLUMNS_HINT}`);
  return columns;
}

const firstFilled = (record: readonly string[], indexes: readonly number[]): string | null =>
  indexes.map((index) => clean(record[index])).find((value) => value !== null) ?? null;

export function rowFromRecord(record: readonly string[], columns: HostColumns, lineNumber: number): HostRow {
  const host = firstFilled(record, columns.hosts);
  const build = firstFilled(record, columns.builds);
  return build === null ? badRow(lineNumber, host, 'no build in this row') : hostRow(lineNumber, host, build);
}

/** A line that starts with a product name (`Exchange Server 2019 CU14`) is all build text, not a host and a build. */
const RELEASE_NAME_START = /^exchange(?:\s+server)?\s+(?:2000|2003|2007|2010|2013|2016|2019|se|subscription)\b/i;

/** `host build`, `host<TAB>build`, or a line that is all build: a build string or a release name. */
export function rowFromTextLine(text: string, lineNumber: number): HostRow {
  const trimmed = text.trim();
  if (trimmed.includes('\t')) {
    const [host = '', ...rest] = trimmed.split('\t');
    return hostRow(lineNumber, clean(host), clean(rest.join('\t')) ?? '');
  }
  if (tryParseBuildString(trimmed) || RELEASE_NAME_START.test(trimmed)) return hostRow(lineNumber, null, trimmed);
  const match = /^(\S+)\s+(.+)$/.exec(trimmed);
  return match ? hostRow(lineNumber, match[1]!, match[2]!) : hostRow(lineNumber, null, trimmed);
}

/** The first of `names` the entry has as a non-empty string (any case, spacing or `_`), else null. */
function pick(entry: Record<string, unknown>, names: readonly string[]): string | null {
  const keys = Object.keys(entry);
  for (const name of names) {
    for (const key of keys.filter((candidate) => normalizeColumn(candidate) === name)) {
      const value = entry[key];
      if (typeof value === 'string' && clean(value) !== null) return clean(value);
    }
  }
  return null;
}

export function rowFromJsonValue(value: unknown, lineNumber: number): HostRow {
  if (typeof value === 'string') return hostRow(lineNumber, null, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return badRow(lineNumber, null, 'expected an object with "host" and "build", or a build string');
  const entry = value as Record<string, unknown>;
  const host = pick(entry, HOST_COLUMNS);
  const build = pick(entry, BUILD_COLUMNS);
  return build === null ? badRow(lineNumber, host, 'no "build" string in this entry') : hostRow(lineNumber, host, build);
}

export function rowFromJsonLine(text: string, lineNumber: number): HostRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return badRow(lineNumber, null, `not valid JSON: ${(error as Error).message}`);
  }
  return rowFromJsonValue(value, lineNumber);
}
