import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fetch, type Dispatcher, type Response } from 'undici';
import { CatalogError } from '../../shared/errors.js';
import { daysBetween } from '../../shared/calendar-date.js';
import { createHttpDispatcher, type ProxyEnvironment } from '../http/http-dispatcher.js';
import { prepareTlsTrust } from '../http/tls-trust.js';
import { cachePathsFor, type CachePaths } from './cache-location.js';

const MAX_CATALOG_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface RemoteOptions {
  readonly cacheDirectory: string;
  readonly timeoutMs: number;
  readonly offline: boolean;
  readonly sha256: string | null;
  readonly today: string;
  readonly verify: (text: string) => string | null;
  /** HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS, as for a probe. */
  readonly env: ProxyEnvironment;
}

export interface FetchedCatalog {
  readonly path: string;
  readonly warnings: readonly string[];
}

interface CacheMeta {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetched: string;
}

class DownloadError extends Error {}

const sha256Of = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

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
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

async function readLimited(response: Response): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_CATALOG_BYTES) throw new DownloadError(`it is larger than the ${MAX_CATALOG_BYTES} byte limit`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > MAX_CATALOG_BYTES) {
      await reader.cancel();
      throw new DownloadError(`it is larger than the ${MAX_CATALOG_BYTES} byte limit`);
    }
    chunks.push(next.value);
  }
  const encoded = response.headers.get('content-encoding') !== null;
  if (!encoded && !Number.isNaN(declared) && size !== declared) throw new DownloadError(`it was cut off after ${size} of ${declared} bytes`);
  return Buffer.concat(chunks);
}

async function download(
  url: string,
  meta: CacheMeta | null,
  timeoutMs: number,
  dispatcher: Dispatcher,
): Promise<{ body: Buffer; etag: string | null; lastModified: string | null } | 'unchanged'> {
  const signal = AbortSignal.timeout(timeoutMs);
  let target = url;
  for (let redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
    const headers: Record<string, string> = {};
    if (meta?.etag) headers['if-none-match'] = meta.etag;
    if (meta?.lastModified) headers['if-modified-since'] = meta.lastModified;
    let response: Response;
    try {
      response = await fetch(target, { headers, redirect: 'manual', signal, dispatcher });
    } catch (error) {
      throw new DownloadError(
        signal.aborted
          ? `no answer within ${timeoutMs / 1000} s`
          : `the request failed (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`,
      );
    }
    if (response.status === 304) return 'unchanged';
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      const next = location === null ? null : new URL(location, target);
      if (next === null || (next.protocol !== 'https:' && next.protocol !== 'http:'))
        throw new DownloadError(`it redirects to ${location ?? 'nowhere'}, which is not an http(s) URL`);
      target = next.href;
      continue;
    }
    if (response.status !== 200) throw new DownloadError(`the server answered ${response.status} ${response.statusText}`);
    try {
      return { body: await readLimited(response), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      throw new DownloadError(signal.aborted ? `no complete answer within ${timeoutMs / 1000} s` : `the download failed (${(error as Error).message})`);
    }
  }
  throw new DownloadError(`more than ${MAX_REDIRECTS} redirects`);
}

/** Brings a remote catalog into the cache (only when it changed) and returns the cached file to read. */
export async function fetchCatalog(url: string, options: RemoteOptions): Promise<FetchedCatalog> {
  const problem = (message: string): CatalogError => new CatalogError([{ file: url, line: 1, column: 1, message, rule: 'remote' }]);
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw problem(`only http(s) catalogs can be fetched, not ${parsed.protocol}`);
  const paths = cachePathsFor(options.cacheDirectory, url);
  const meta = readMeta(paths);
  const cached = meta === null ? null : readFileSync(paths.body);
  const pinned = (data: Buffer): boolean => options.sha256 === null || sha256Of(data) === options.sha256.toLowerCase();
  const useCache = (why: string | null): FetchedCatalog => {
    if (cached === null || meta === null) throw problem(`${why ?? 'no cached copy'}; no usable cached copy`);
    if (!pinned(cached)) throw problem(`${why ? `${why}; ` : ''}the cached copy does not match --catalog-sha256`);
    const age = daysBetween(meta.fetched, options.today);
    return {
      path: paths.body,
      warnings: why ? [`${url}: ${why}; using the cached copy fetched ${meta.fetched} (${age} ${age === 1 ? 'day' : 'days'} ago)`] : [],
    };
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
    writeAtomically(paths.meta, JSON.stringify({ ...meta, fetched: options.today }));
    return useCache(null);
  }
  if (!pinned(result.body)) return useCache(`the download's SHA-256 ${sha256Of(result.body)} does not match --catalog-sha256`);
  const invalid = options.verify(result.body.toString('utf8'));
  if (invalid !== null) return useCache(`the download is not a valid catalog (${invalid})`);
  mkdirSync(dirname(paths.body), { recursive: true });
  writeAtomically(paths.body, result.body);
  writeAtomically(paths.meta, JSON.stringify({ url, etag: result.etag, lastModified: result.lastModified, fetched: options.today } satisfies CacheMeta));
  return { path: paths.body, warnings: [] };
}
