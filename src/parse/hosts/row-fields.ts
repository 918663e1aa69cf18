import { tryParseBuildString } from '../build/parse-build-string.js';
import { UsageError } from '../../shared/errors.js';
import { BUILD_COLUMNS, EXPECTED_COLUMNS_HINT, HOST_COLUMNS, findColumns, type HostColumns } from './columns.js';
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

export function rowFromRecord(record: readonly string[], columns: HostColumns, lineNumber: number): HostRow {
  const host = columns.host === null ? null : clean(record[columns.host]);
  const build = clean(record[columns.build]);
  return build === null ? badRow(lineNumber, host, 'no build in this row') : hostRow(lineNumber, host, build);
}

export function rowFromTextLine(text: string, lineNumber: number): HostRow {
  const trimmed = text.trim();
  if (trimmed.includes('\t')) {
    const [host = '', ...rest] = trimmed.split('\t');
    return hostRow(lineNumber, clean(host), clean(rest.join('\t')) ?? '');
  }
  if (tryParseBuildString(trimmed)) return hostRow(lineNumber, null, trimmed);
  const match = /^(\S+)\s+(.+)$/.exec(trimmed);
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
  if (typeof value === 'string') return hostRow(lineNumber, null, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return badRow(lineNumber, null, 'expected an object with "host" and "build", or a build string');
  const entry = value as Record<string, unknown>;
  const host = pick(entry, HOST_COLUMNS);
  const build = pick(entry, BUILD_COLUMNS);
  const hostName = typeof host === 'string' ? clean(host) : null;
  if (typeof build !== 'string' || clean(build) === null) return badRow(lineNumber, hostName, 'no "build" string in this entry');
  return hostRow(lineNumber, hostName, build);
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
