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
/** A server to probe for its build, used on rows without a build. */
export const URL_COLUMNS = ['url', 'owaurl', 'probe'] as const;

/** The indexes of the host, build and URL columns present, in the order they are tried: a row takes the first non-empty cell. */
export interface HostColumns {
  readonly hosts: readonly number[];
  /** At least one of `builds` and `urls` is not empty. */
  readonly builds: readonly number[];
  readonly urls: readonly number[];
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
  const urls = present(URL_COLUMNS);
  return builds.length === 0 && urls.length === 0 ? null : { hosts: present(HOST_COLUMNS), builds, urls };
}

export function isKnownColumn(name: string): boolean {
  const normalized = normalizeColumn(name);
  return [HOST_COLUMNS, BUILD_COLUMNS, URL_COLUMNS].some((columns) => (columns as readonly string[]).includes(normalized));
}

/** A column a list can consist of alone: a build column or a URL column. */
export function isBuildColumn(name: string): boolean {
  const normalized = normalizeColumn(name);
  return (BUILD_COLUMNS as readonly string[]).includes(normalized) || (URL_COLUMNS as readonly string[]).includes(normalized);
}

export const EXPECTED_COLUMNS_HINT = `expected a build column (${BUILD_COLUMNS.join(', ')}) or a URL column to probe (${URL_COLUMNS.join(', ')}), and optionally a host column (${HOST_COLUMNS.join(', ')})`;
