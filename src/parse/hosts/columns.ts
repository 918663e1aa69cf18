export const HOST_COLUMNS = ['name', 'servername', 'pscomputername', 'computername', 'host', 'hostname', 'server', 'fqdn'] as const;
export const BUILD_COLUMNS = ['fileversion', 'productversion', 'build', 'exsetupversion', 'version', 'admindisplayversion'] as const;
/** A server to probe for its build, used on rows without a build. */
export const URL_COLUMNS = ['url', 'owaurl', 'probe'] as const;

export interface HostColumns {
  readonly host: number | null;
  /** At least one of `build` and `url`. */
  readonly build: number | null;
  readonly url: number | null;
}

const normalize = (name: string): string => name.trim().replace(/^"|"$/g, '').toLowerCase();

export function findColumns(header: readonly string[]): HostColumns | null {
  const names = header.map(normalize);
  const first = (columns: readonly string[]): number | null => columns.map((column) => names.indexOf(column)).find((index) => index >= 0) ?? null;
  const build = first(BUILD_COLUMNS);
  const url = first(URL_COLUMNS);
  if (build === null && url === null) return null;
  return { host: first(HOST_COLUMNS), build, url };
}

export function isKnownColumn(name: string): boolean {
  const normalized = normalize(name);
  return [HOST_COLUMNS, BUILD_COLUMNS, URL_COLUMNS].some((columns) => (columns as readonly string[]).includes(normalized));
}

/** A column a list can consist of alone: a build column or a URL column. */
export function isBuildColumn(name: string): boolean {
  const normalized = normalize(name);
  return (BUILD_COLUMNS as readonly string[]).includes(normalized) || (URL_COLUMNS as readonly string[]).includes(normalized);
}

export const EXPECTED_COLUMNS_HINT = `expected a build column (${BUILD_COLUMNS.join(', ')}) or a URL column to probe (${URL_COLUMNS.join(', ')}), and optionally a host column (${HOST_COLUMNS.join(', ')})`;
