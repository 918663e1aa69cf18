import type { CatalogChoice } from '../app/catalog-choice.js';
import { EMBEDDED_CATALOG } from '../app/catalog-location.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';
import { UsageError } from '../shared/errors.js';

export interface CatalogOptions {
  catalog?: string[];
  defaultCatalog: boolean;
  offline?: boolean;
  catalogSha256?: string;
  catalogTimeout: number;
}

export const CATALOG_DEFAULTS = { defaultCatalog: true, catalogTimeout: 30 } as const satisfies Partial<CatalogOptions>;

export function catalogChoice(options: CatalogOptions): CatalogChoice {
  const files = (options.catalog ?? []).map((file) => ({ path: file, shownAs: file }));
  const locations = options.defaultCatalog ? [EMBEDDED_CATALOG, ...files] : files;
  if (locations.length === 0) throw new UsageError('--no-default-catalog needs at least one --catalog');
  const remote = files.filter((file) => isRemoteCatalog(file.path));
  if (options.catalogSha256 !== undefined && remote.length !== 1) throw new UsageError('--catalog-sha256 pins exactly one remote --catalog');
  return { locations, remote: { offline: options.offline === true, sha256: options.catalogSha256 ?? null, timeoutMs: options.catalogTimeout * 1000 } };
}
