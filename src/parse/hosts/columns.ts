/** Column and key names, written as they are compared: lower case, without spaces, `_` or `-` (`Build Number` is `buildnumber`). */
export const HOST_COLUMNS = ['name', 'servername', 'pscomputername', 'computername', 'host', 'hostname', 'server', 'fqdn', 'identity'] as const;
/** Build columns, the first present wins: exact builds first, then CU-level ones, then a release name (`ExchangeVersion`). */
export const BUILD_COLUMNS = [
  'fileversion',
  'productversion',
  'build',
  'buildnumber',
  'exsetupversion',
  'version',
  'admindisplayversion',
  'exchangeversion',
] as const;

/** The indexes of the host and build columns present, in the order they are tried: a row takes the first non-empty cell. */
export interface HostColumns {
  readonly hosts: readonly number[];
  readonly builds: readonly number[];
}

/** `"Build Number"` -> `buildnumber`. */
export const normalizeColumn = (name: string): string =>
  name
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

export function findColumns(header: readonly string[]): HostColumns | null {
  const names = header.map(normalizeColumn);
  const present = (columns: readonly string[]): number[] => columns.map((column) => names.indexOf(column)).filter((index) => index >= 0);
  const builds = present(BUILD_COLUMNS);
  return builds.length === 0 ? null : { hosts: present(HOST_COLUMNS), builds };
}

export function isKnownColumn(name: string): boolean {
  const normalized = normalizeColumn(name);
  return (HOST_COLUMNS as readonly string[]).includes(normalized) || (BUILD_COLUMNS as readonly string[]).includes(normalized);
}

export function isBuildColumn(name: string): boolean {
  return (BUILD_COLUMNS as readonly string[]).includes(normalizeColumn(name));
}

export const EXPECTED_COLUMNS_HINT = `expected a build column (${BUILD_COLUMNS.join(', ')}) and optionally a host column (${HOST_COLUMNS.join(', ')})`;
