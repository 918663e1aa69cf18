import { isRemoteCatalog } from '../input/remote/remote-location.js';
import { maxInputBytesFrom } from '../input/text-files.js';
import type { Catalog } from '../catalog/model.js';
import { userPathOf, type CatalogLocation } from './catalog-location.js';
import { loadLocalCatalogs } from './load-catalogs.js';
import type { RemoteSettings } from './resolve-remote-catalogs.js';
import type { RunContext } from './run-context.js';
import type { ProgressStarter } from './start-progress.js';

/** The catalogs a command uses, in layering order, and how remote ones are fetched. */
export interface CatalogChoice {
  readonly locations: readonly CatalogLocation[];
  readonly remote: RemoteSettings;
}

const isRemote = (location: CatalogLocation): boolean => isRemoteCatalog(userPathOf(location) ?? '');

/** Local paths for every catalog chosen: remote ones fetched into the cache (or taken from it), their warnings shown. */
export async function localCatalogLocations(choice: CatalogChoice, context: RunContext, startProgress: ProgressStarter): Promise<readonly CatalogLocation[]> {
  if (!choice.locations.some(isRemote)) return choice.locations;
  const { resolveRemoteCatalogs } = await import('./resolve-remote-catalogs.js');
  const resolved = await resolveRemoteCatalogs(choice.locations, choice.remote, {
    env: context.env,
    today: context.today,
    startProgress: async (label) => startProgress(() => label),
  });
  for (const warning of resolved.warnings) context.diagnostics.warning(warning);
  return resolved.locations;
}

export async function loadCatalog(choice: CatalogChoice, context: RunContext, startProgress: ProgressStarter): Promise<Catalog> {
  return loadLocalCatalogs(await localCatalogLocations(choice, context, startProgress), maxInputBytesFrom(context.env));
}
