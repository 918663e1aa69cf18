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

export function rowFromRecord(record: readonly string[], columns: HostColumns, line: number): HostRow {
  const host = columns.host === null ? null : clean(record[columns.host]);
  const build = clean(record[columns.build]);
  return build === null ? badRow(line, host, 'no build in this row') : hostRow(line, host, build);
}

export interface TableColumn {
  readonly start: number;
  readonly end: number;
}

export function tableColumns(dashes: string): TableColumn[] {
  const groups = [...dashes.matchAll(/-+/g)];
  return groups.map((group, index) => ({ start: group.index, end: groups[index + 1]?.index ?? Number.POSITIVE_INFINITY }));
}

export function splitTableLine(line: string, columns: readonly TableColumn[]): string[] {
  return columns.map((column) => line.slice(column.start, column.end === Number.POSITIVE_INFINITY ? undefined : column.end).trim());
}

export function rowFromTextLine(text: string, line: number): HostRow {
  const trimmed = text.trim();
  if (trimmed.includes('\t')) {
    const [host = '', ...rest] = trimmed.split('\t');
    return hostRow(line, clean(host), clean(rest.join('\t')) ?? '');
  }
  if (tryParseBuildString(trimmed)) return hostRow(line, null, trimmed);
  const match = /^(\S+)\s+(.+)$/.exec(trimmed);
  return match ? hostRow(line, match[1]!, match[2]!) : hostRow(line, null, trimmed);
}

function pick(entry: Record<string, unknown>, names: readonly string[]): unknown {
  const keys = Object.keys(entry);
  for (const name of names) {
    const found = keys.find((key) => key.toLowerCase() === name);
    if (found !== undefined) return entry[found];
  }
  return undefined;
}

export function rowFromJsonValue(value: unknown, line: number): HostRow {
  if (typeof value === 'string') return hostRow(line, null, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return badRow(line, null, 'expected an object with "host" and "build", or a build string');
  const entry = value as Record<string, unknown>;
  const host = pick(entry, HOST_COLUMNS);
  const build = pick(entry, BUILD_COLUMNS);
  const hostName = typeof host === 'string' ? clean(host) : null;
  if (typeof build !== 'string' || clean(build) === null) return badRow(line, hostName, 'no "build" string in this entry');
  return hostRow(line, hostName, build);
}

export function rowFromJsonLine(text: string, line: number): HostRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return badRow(line, null, `not valid JSON: ${(error as Error).message}`);
  }
  return rowFromJsonValue(value, line);
}
