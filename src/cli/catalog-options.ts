import type { Command } from 'commander';
import type { CatalogChoice } from '../app/catalog-choice.js';
import { EMBEDDED_CATALOG } from '../app/catalog-location.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';
import { UsageError } from '../shared/errors.js';
import { collectValues, parsePositiveNumber, parseSha256 } from './option-parsers.js';

export interface CatalogOptions {
  catalog?: string[];
  defaultCatalog: boolean;
  offline?: boolean;
  catalogSha256?: string;
  catalogTimeout: number;
}

export function addCatalogOptions(command: Command): Command {
  return command
    .option('--catalog <file-or-url>', 'also use this YAML catalog (repeatable; later catalogs extend earlier ones)', collectValues)
    .option('--no-default-catalog', 'leave out the embedded Exchange catalog')
    .option('--catalog-sha256 <hex>', 'refuse a remote catalog whose content has another SHA-256', parseSha256)
    .option('--catalog-timeout <seconds>', 'time allowed to fetch a remote catalog', parsePositiveNumber, 30)
    .option('--offline', 'use cached remote catalogs only');
}

export function catalogChoice(options: CatalogOptions): CatalogChoice {
  const files = (options.catalog ?? []).map((file) => ({ path: file, shownAs: file }));
  const locations = options.defaultCatalog ? [EMBEDDED_CATALOG, ...files] : files;
  if (locations.length === 0) throw new UsageError('--no-default-catalog needs at least one --catalog');
  const remote = files.filter((file) => isRemoteCatalog(file.path));
  if (options.catalogSha256 !== undefined && remote.length !== 1) throw new UsageError('--catalog-sha256 pins exactly one remote --catalog');
  return { locations, remote: { offline: options.offline === true, sha256: options.catalogSha256 ?? null, timeoutMs: options.catalogTimeout * 1000 } };
}
