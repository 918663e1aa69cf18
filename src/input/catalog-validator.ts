import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isSingleExecutable, packageFileUrl, PACKAGE_FILES } from './package-files.js';
import { fileExists } from './text-files.js';

/** A JSON Schema validator compiled ahead of time (Ajv's standalone code): call it, then read `errors`. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * The catalog schema's validator as the build compiled it, or null where the build did not, or in
 * a single executable, which cannot load code from its assets (then the schema is compiled).
 */
export function loadCatalogValidator(): CompiledValidator | null {
  if (isSingleExecutable()) return null;
  const path = fileURLToPath(packageFileUrl(PACKAGE_FILES.catalogValidator));
  if (!fileExists(path)) return null;
  const loaded = createRequire(import.meta.url)(path) as CompiledValidator | { default: CompiledValidator };
  return typeof loaded === 'function' ? loaded : loaded.default;
}
