import type { Command } from 'commander';
import { CATALOG_DEFAULTS } from './catalog-request.js';
import { collectValues, parsePositiveNumber, parseSha256 } from './option-parsers.js';

export function addCatalogOptions(command: Command): Command {
  return command
    .option('--catalog <file-or-url>', 'also use this YAML catalog (repeatable; later catalogs extend earlier ones)', collectValues)
    .option('--no-default-catalog', 'leave out the embedded Exchange catalog')
    .option('--catalog-sha256 <hex>', 'refuse a remote catalog whose content has another SHA-256', parseSha256)
    .option('--catalog-timeout <seconds>', 'time allowed to fetch a remote catalog', parsePositiveNumber, CATALOG_DEFAULTS.catalogTimeout)
    .option('--offline', 'use cached remote catalogs only');
}
