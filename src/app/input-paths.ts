import { join } from 'node:path';
import { userPathOf, type CatalogLocation } from './catalog-location.js';
import { DEFAULT_IGNORE_FILE } from './ignore-file-name.js';

/** A file a check reads, which no report may overwrite. */
export interface InputPath {
  readonly path: string;
  readonly what: string;
}

/** The files a check reads: the host list, local catalog files and the ignore file. */
export function inputPathsOf(
  request: {
    readonly hostsPath: string | null;
    readonly ignoreFile: string | null;
    readonly catalogs: { readonly locations: readonly CatalogLocation[] };
  },
  cwd: string,
): InputPath[] {
  const catalogs = request.catalogs.locations.flatMap((location) => {
    const path = userPathOf(location);
    return path === null ? [] : [{ path, what: 'catalog' }];
  });
  return [
    ...(request.hostsPath !== null && request.hostsPath !== '-' ? [{ path: request.hostsPath, what: 'host list' }] : []),
    ...catalogs,
    { path: request.ignoreFile ?? join(cwd, DEFAULT_IGNORE_FILE), what: 'ignore file' },
  ];
}
