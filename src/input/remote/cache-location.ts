import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheDirectory(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'rollup-check');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'rollup-check', 'cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'rollup-check');
  return join(homedir(), '.cache', 'rollup-check');
}

export interface CachePaths {
  readonly body: string;
  readonly meta: string;
}

export function cachePathsFor(directory: string, url: string): CachePaths {
  const key = createHash('sha256').update(url).digest('hex').slice(0, 32);
  return { body: join(directory, `${key}.yaml`), meta: join(directory, `${key}.json`) };
}
