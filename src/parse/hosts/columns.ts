export const HOST_COLUMNS = ['name', 'servername', 'pscomputername', 'computername', 'host', 'hostname', 'server', 'fqdn'] as const;
export const BUILD_COLUMNS = ['fileversion', 'productversion', 'build', 'exsetupversion', 'version', 'admindisplayversion'] as const;

export interface HostColumns {
  readonly host: number | null;
  readonly build: number;
}

const normalize = (name: string): string => name.trim().replace(/^"|"$/g, '').toLowerCase();

export function findColumns(header: readonly string[]): HostColumns | null {
  const names = header.map(normalize);
  const build = BUILD_COLUMNS.map((column) => names.indexOf(column)).find((index) => index >= 0);
  if (build === undefined) return null;
  const host = HOST_COLUMNS.map((column) => names.indexOf(column)).find((index) => index >= 0);
  return { host: host ?? null, build };
}

export function isKnownColumn(name: string): boolean {
  const normalized = normalize(name);
  return (HOST_COLUMNS as readonly string[]).includes(normalized) || (BUILD_COLUMNS as readonly string[]).includes(normalized);
}

export function isBuildColumn(name: string): boolean {
  return (BUILD_COLUMNS as readonly string[]).includes(normalize(name));
}

export const EXPECTED_COLUMNS_HINT = `expected a build column (${BUILD_COLUMNS.join(', ')}) and optionally a host column (${HOST_COLUMNS.join(', ')})`;
