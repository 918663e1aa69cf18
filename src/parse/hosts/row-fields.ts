import { tryParseBuildString } from '../build/parse-build-string.js';
import { UsageError } from '../../shared/errors.js';
import { BUILD_COLUMNS, EXPECTED_COLUMNS_HINT, HOST_COLUMNS, URL_COLUMNS, findColumns, type HostColumns } from './columns.js';
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

export function rowFromRecord(record: readonly string[], columns: HostColumns, lineNumber: number): HostRow {
  const host = columns.host === null ? null : clean(record[columns.host]);
  const build = columns.build === null ? null : clean(record[columns.build]);
  const url = columns.url === null ? null : clean(record[columns.url]);
  if (build !== null) return hostRow(lineNumber, host, build);
  if (url !== null) return urlRow(lineNumber, host, url);
  return badRow(lineNumber, host, columns.url === null ? 'no build in this row' : 'no build or URL in this row');
}

export function rowFromTextLine(text: string, lineNumber: number): HostRow {
  const trimmed = text.trim();
  if (trimmed.includes('\t')) {
    const [host = '', ...rest] = trimmed.split('\t');
    const build = clean(rest.join('\t')) ?? '';
    return isProbeUrl(build) ? urlRow(lineNumber, clean(host), build) : hostRow(lineNumber, clean(host), build);
  }
  if (isProbeUrl(trimmed) && !/\s/.test(trimmed)) return urlRow(lineNumber, null, trimmed);
  if (tryParseBuildString(trimmed)) return hostRow(lineNumber, null, trimmed);
  const match = /^(\S+)\s+(.+)$/.exec(trimmed);
  if (match && isProbeUrl(match[2]!)) return urlRow(lineNumber, match[1]!, match[2]!);
  return match ? hostRow(lineNumber, match[1]!, match[2]!) : hostRow(lineNumber, null, trimmed);
}

function pick(entry: Record<string, unknown>, names: readonly string[]): unknown {
  const keys = Object.keys(entry);
  for (const name of names) {
    const found = keys.find((key) => key.toLowerCase() === name);
    if (found !== undefined) return entry[found];
  }
  return undefined;
}

export function rowFromJsonValue(value: unknown, lineNumber: number): HostRow {
  if (typeof value === 'string') return isProbeUrl(value) ? urlRow(lineNumber, null, value) : hostRow(lineNumber, null, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return badRow(lineNumber, null, 'expected an object with "host" and "build", or a build string');
  const entry = value as Record<string, unknown>;
  const host = pick(entry, HOST_COLUMNS);
  const build = pick(entry, BUILD_COLUMNS);
  const url = pick(entry, URL_COLUMNS);
  const hostName = typeof host === 'string' ? clean(host) : null;
  if (typeof build === 'string' && clean(build) !== null) return hostRow(lineNumber, hostName, build);
  if (typeof url === 'string' && clean(url) !== null) return urlRow(lineNumber, hostName, url);
  return badRow(lineNumber, hostName, url === undefined ? 'no "build" string in this entry' : 'no "build" or "url" string in this entry');
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
