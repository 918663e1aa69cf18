import type { CatalogLocation } from '../input/embedded-catalog.js';
import { readCatalogSchema } from './read-catalogs.js';
import { validateCatalogText } from '../catalog/validate-catalog.js';
import { progressAllowed, startProgress } from '../output/spinner.js';
import { cacheDirectory } from '../input/remote/cache-location.js';
import { fetchCatalog } from '../input/remote/fetch-catalog.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';

export interface RemoteSettings {
  readonly offline: boolean;
  readonly sha256: string | null;
  readonly timeoutMs: number;
}

export interface RemoteContext {
  readonly env: NodeJS.ProcessEnv;
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly today: string;
}

function firstProblem(text: string, url: string): string | null {
  const [problem] = validateCatalogText(text, url, readCatalogSchema()).errors;
  return problem ? `${problem.line}:${problem.column}: ${problem.message}` : null;
}

/** Replaces each http(s) catalog by its cached copy, fetching it first unless it is unchanged or --offline. */
export async function resolveRemoteCatalogs(locations: readonly CatalogLocation[], settings: RemoteSettings, context: RemoteContext): Promise<CatalogLocation[]> {
  const resolved: CatalogLocation[] = [];
  for (const location of locations) {
    if (typeof location.path !== 'string' || !isRemoteCatalog(location.path)) {
      resolved.push(location);
      continue;
    }
    const url = location.path;
    const spinner = startProgress({ enabled: progressAllowed(context.env, context.stderrIsTTY, context.stdoutIsTTY, false) && !settings.offline, label: () => `fetching ${url}` });
    try {
      const fetched = await fetchCatalog(url, {
        cacheDirectory: cacheDirectory(context.env),
        timeoutMs: settings.timeoutMs,
        offline: settings.offline,
        sha256: settings.sha256,
        today: context.today,
        verify: (text) => firstProblem(text, url),
      });
      for (const warning of fetched.warnings) context.stderr(`rollup-check: warning: ${warning}\n`);
      resolved.push({ path: fetched.path, shownAs: url });
    } finally {
      spinner.stop();
    }
  }
  return resolved;
}
