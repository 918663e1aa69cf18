import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isSingleExecutable, packageFileUrl, PACKAGE_FILES } from './package-files.js';
import { fileExists } from './text-files.js';

/** A JSON Schema validator compiled ahead of time (Ajv's standalone code): call it, then read `errors`. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * The catalog schema's validator as the build compiled it, or null where the build did not, or in
 * a single executable, which cannot load code from its assets (then the schema is compiled). It is
 * loaded with the V8 code cache the build made of it (`dist/catalog-validator.cache`, through the
 * vendor files' loader), so that its functions need not be compiled on every run.
 */
export function loadCatalogValidator(): CompiledValidator | null {
  if (isSingleExecutable()) return null;
  const path = fileURLToPath(packageFileUrl(PACKAGE_FILES.catalogValidator));
  const loader = fileURLToPath(packageFileUrl(PACKAGE_FILES.vendorLoader));
  if (!fileExists(path)) return null;
  const load = (): unknown => createRequire(import.meta.url)(path);
  const loaded = (fileExists(loader) ? (createRequire(import.meta.url)(loader) as (name: string) => unknown)('catalog-validator') : load()) as
    CompiledValidator | { default: CompiledValidator };
  return typeof loaded === 'function' ? loaded : loaded.default;
}
