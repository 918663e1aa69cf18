import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { CatalogError } from '../../shared/errors.js';
import { daysBetween } from '../../shared/calendar-date.js';
import { createHttpDispatcher, type ProxyEnvironment } from '../http/http-dispatcher.js';
import { prepareTlsTrust } from '../http/tls-trust.js';
import { ensureDirectory } from './cache-directory.js';
import { cachePathsFor, type CachePaths } from './cache-location.js';
import { download, DownloadError, parseUrl } from './download.js';

export interface RemoteOptions {
  readonly cacheDirectory: string;
  readonly timeoutMs: number;
  readonly offline: boolean;
  readonly sha256: string | null;
  readonly today: string;
  readonly verify: (text: string) => string | null;
  /** The proxy variables (`HTTPS_PROXY`, `NO_PROXY`, ...) and `NODE_EXTRA_CA_CERTS` are read from here. */
  readonly env: ProxyEnvironment;
}

/** The catalog to read: the cached file, or (when the cache cannot be used) the text downloaded. */
export type FetchedCatalog = ({ readonly path: string } | { readonly text: string }) & { readonly warnings: readonly string[] };

interface CacheMeta {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetched: string;
}

const sha256Of = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

function readCached(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

function readMeta(paths: CachePaths): CacheMeta | null {
  try {
    statSync(paths.body);
    return JSON.parse(readFileSync(paths.meta, 'utf8')) as CacheMeta;
  } catch {
    return null;
  }
}

function writeAtomically(path: string, data: Buffer | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

const reasonOf = (error: unknown): string => REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message ?? String(error);

/** The cache's paths, or null with a warning when the cache directory cannot be made or used. */
function usableCache(directory: string, url: string, warnings: string[]): CachePaths | null {
  try {
    ensureDirectory(directory);
    return cachePathsFor(directory, url);
  } catch (error) {
    warnings.push(`cannot use the cache directory ${directory} (${reasonOf(error)}); fetching ${url} without a cache`);
    return null;
  }
}

/** A catalog URL must parse and be http(s): anything else is refused before any request. */
export function checkCatalogUrl(url: string): URL {
  const problem = (message: string): CatalogError => new CatalogError([{ file: url, line: 1, column: 1, message, rule: 'remote' }]);
  const parsed = parseUrl(url);
  if (parsed === null) throw problem('not a valid URL (check the host, the port (0-65535) and any brackets)');
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw problem(`only http(s) catalogs can be fetched, not ${parsed.protocol}`);
  return parsed;
}

/** Brings a remote catalog into the cache (only when it changed) and returns the cached file to read. */
export async function fetchCatalog(url: string, options: RemoteOptions): Promise<FetchedCatalog> {
  const problem = (message: string): CatalogError => new CatalogError([{ file: url, line: 1, column: 1, message, rule: 'remote' }]);
  checkCatalogUrl(url);
  const warnings: string[] = [];
  const paths = usableCache(options.cacheDirectory, url, warnings);
  const meta = paths === null ? null : readMeta(paths);
  const cached = meta === null || paths === null ? null : readCached(paths.body);
  const pinned = (data: Buffer): boolean => options.sha256 === null || sha256Of(data) === options.sha256.toLowerCase();
  const useCache = (why: string | null): FetchedCatalog => {
    if (cached === null || meta === null || paths === null) throw problem(`${why ?? 'no cached copy'}; no usable cached copy`);
    if (!pinned(cached)) throw problem(`${why ? `${why}; ` : ''}the cached copy does not match --catalog-sha256`);
    const age = daysBetween(meta.fetched, options.today);
    if (why) warnings.push(`${url}: ${why}; using the cached copy fetched ${meta.fetched} (${age} ${age === 1 ? 'day' : 'days'} ago)`);
    return { path: paths.body, warnings };
  };
  if (options.offline) return useCache(null);
  let result: Awaited<ReturnType<typeof download>>;
  // undici's own fetch with a proxy-aware dispatcher: Node 20's global fetch ignores the proxy variables.
  const dispatcher = createHttpDispatcher(prepareTlsTrust({}, undefined, options.env), options.env, null);
  try {
    result = await download(url, meta, options.timeoutMs, dispatcher);
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    return useCache(`cannot fetch it: ${error.message}`);
  } finally {
    await dispatcher.destroy();
  }
  if (result === 'unchanged') {
    try {
      writeAtomically(paths!.meta, JSON.stringify({ ...meta, fetched: options.today }));
    } catch (error) {
      warnings.push(`cannot update the cache in ${options.cacheDirectory} (${reasonOf(error)})`);
    }
    return useCache(null);
  }
  if (!pinned(result.body)) return useCache(`the download's SHA-256 ${sha256Of(result.body)} does not match --catalog-sha256`);
  const text = result.body.toString('utf8');
  let invalid: string | null;
  try {
    invalid = options.verify(text);
  } catch (error) {
    invalid = reasonOf(error);
  }
  if (invalid !== null) return useCache(`the download is not a valid catalog (${invalid})`);
  if (paths === null) return { text, warnings };
  try {
    writeAtomically(paths.body, result.body);
    writeAtomically(paths.meta, JSON.stringify({ url, etag: result.etag, lastModified: result.lastModified, fetched: options.today } satisfies CacheMeta));
  } catch (error) {
    warnings.push(`cannot save ${url} in the cache directory ${options.cacheDirectory} (${reasonOf(error)}); using the download without a cache`);
    return { text, warnings };
  }
  return { path: paths.body, warnings };
}
