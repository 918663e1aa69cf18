import { existsSync } from 'node:fs';

/** The package root: one level above the bundled CLI (dist/), two above the library's own modules (dist/input/). */
const packageRoot = [new URL('../', import.meta.url), new URL('../../', import.meta.url)].find((url) => existsSync(new URL('package.json', url)))!;

export const PACKAGE_JSON_URL = new URL('package.json', packageRoot);
export const CATALOG_SCHEMA_URL = new URL('catalog/catalog.schema.json', packageRoot);
export const EMBEDDED_CATALOG_YAML_URL = new URL('catalog/exchange.yaml', packageRoot);
export const EMBEDDED_CATALOG_SNAPSHOT_URL = new URL('dist/embedded-catalog.json', packageRoot);
export const CATALOG_VALIDATOR_URL = new URL('dist/catalog-validator.cjs', packageRoot);
export const IGNORE_FILE_SCHEMA_URL = new URL('docs/ignore-file.schema.json', packageRoot);
export const CONFIG_SCHEMA_URL = new URL('docs/config.schema.json', packageRoot);
