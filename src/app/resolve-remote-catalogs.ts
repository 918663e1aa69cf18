import { cacheDirectory } from '../input/remote/cache-location.js';
import { fetchCatalog } from '../input/remote/fetch-catalog.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';
import type { Progress } from '../output/progress.js';
import { userPathOf, type CatalogLocation } from './catalog-location.js';
import { catalogValidator } from './read-local-catalogs.js';
import { validateCatalogText } from '../catalog/validate-catalog.js';
import type { SchemaValidator } from '../parse/yaml/validate-yaml.js';

export interface RemoteSettings {
  readonly offline: boolean;
  readonly sha256: string | null;
  readonly timeoutMs: number;
}

export interface ResolvedCatalogs {
  readonly locations: readonly CatalogLocation[];
  readonly warnings: readonly string[];
}

function firstProblem(text: string, url: string, validator: SchemaValidator): string | null {
  const [problem] = validateCatalogText(text, url, validator).errors;
  return problem ? `${problem.line}:${problem.column}: ${problem.message}` : null;
}

/**
 * Replaces each http(s) catalog by its cached copy, fetching it first unless it is unchanged or
 * --offline; returns the warnings (a stale cache used) for the caller to show.
 */
export async function resolveRemoteCatalogs(
  locations: readonly CatalogLocation[],
  settings: RemoteSettings,
  context: { readonly env: Readonly<Record<string, string | undefined>>; readonly today: string; readonly startProgress: (label: string) => Promise<Progress> },
): Promise<ResolvedCatalogs> {
  const resolved: CatalogLocation[] = [];
  const warnings: string[] = [];
  for (const location of locations) {
    const url = userPathOf(location);
    if (url === null || !isRemoteCatalog(url)) {
      resolved.push(location);
      continue;
    }
    const validator = await catalogValidator();
    const progress = settings.offline ? null : await context.startProgress(`fetching ${url}`);
    try {
      const fetched = await fetchCatalog(url, {
        cacheDirectory: cacheDirectory(context.env),
        timeoutMs: settings.timeoutMs,
        offline: settings.offline,
        sha256: settings.sha256,
        today: context.today,
        verify: (text) => firstProblem(text, url, validator),
        env: context.env,
      });
      warnings.push(...fetched.warnings);
      resolved.push('path' in fetched ? { path: fetched.path, shownAs: url } : { path: url, shownAs: url, text: fetched.text });
    } finally {
      progress?.stop();
    }
  }
  return { locations: resolved, warnings };
}
