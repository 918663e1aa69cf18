import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CATALOG_VALIDATOR_URL } from './package-paths.js';
import { fileExists } from './text-files.js';

/** A JSON Schema validator compiled ahead of time (Ajv's standalone code): call it, then read `errors`. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: unknown };

/** The catalog schema's validator as the build compiled it, or null where the build did not (then the schema is compiled). */
export function loadCatalogValidator(): CompiledValidator | null {
  const path = fileURLToPath(CATALOG_VALIDATOR_URL);
  if (!fileExists(path)) return null;
  const loaded = createRequire(import.meta.url)(path) as CompiledValidator | { default: CompiledValidator };
  return typeof loaded === 'function' ? loaded : loaded.default;
}
