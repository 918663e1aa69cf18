import { tryParseBuildString } from '../build/parse-build-string.js';
import { UsageError } from '../../shared/errors.js';
import { BUILD_COLUMNS, EXPECTED_COLUMNS_HINT, HOST_COLUMNS, URL_COLUMNS, findColumns, normalizeColumn, type HostColumns } from './columns.js';
import { badRow, hostRow, isProbeUrl, urlRow, type HostRow } from './host-row.js';

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
  const url = firstFilled(record, columns.urls);
  if (build !== null) return hostRow(lineNumber, host, build);
  if (url !== null) return urlRow(lineNumber, host, url);
  return badRow(lineNumber, host, columns.urls.length === 0 ? 'no build in this row' : 'no build or URL in this row');
}

/** A line that starts with a product name (`Exchange Server 2019 CU14`) is all build text, not a host and a build. */
const RELEASE_NAME_START = /^exchange(?:\s+server)?\s+(?:2000|2003|2007|2010|2013|2016|2019|se|subscription)\b/i;

/** `host build`, `host<TAB>build`, or a line that is all build: a build string or a release name. */
export function rowFromTextLine(text: string, lineNumber: number): HostRow {
  const trimmed = text.trim();
  if (trimmed.includes('\t')) {
    const [host = '', ...rest] = trimmed.split('\t');
    const build = clean(rest.join('\t')) ?? '';
    return isProbeUrl(build) ? urlRow(lineNumber, clean(host), build) : hostRow(lineNumber, clean(host), build);
  }
  if (isProbeUrl(trimmed) && !/\s/.test(trimmed)) return urlRow(lineNumber, null, trimmed);
  if (tryParseBuildString(trimmed) || RELEASE_NAME_START.test(trimmed)) return hostRow(lineNumber, null, trimmed);
  const match = /^(\S+)\s+(.+)$/.exec(trimmed);
  if (match && isProbeUrl(match[2]!)) return urlRow(lineNumber, match[1]!, match[2]!);
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

const hasKey = (entry: Record<string, unknown>, names: readonly string[]): boolean => Object.keys(entry).some((key) => names.includes(normalizeColumn(key)));

export function rowFromJsonValue(value: unknown, lineNumber: number): HostRow {
  if (typeof value === 'string') return isProbeUrl(value) ? urlRow(lineNumber, null, value) : hostRow(lineNumber, null, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return badRow(lineNumber, null, 'expected an object with "host" and "build", or a build string');
  const entry = value as Record<string, unknown>;
  const host = pick(entry, HOST_COLUMNS);
  const build = pick(entry, BUILD_COLUMNS);
  const url = pick(entry, URL_COLUMNS);
  if (build !== null) return hostRow(lineNumber, host, build);
  if (url !== null) return urlRow(lineNumber, host, url);
  return badRow(lineNumber, host, hasKey(entry, URL_COLUMNS) ? 'no "build" or "url" string in this entry' : 'no "build" string in this entry');
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
