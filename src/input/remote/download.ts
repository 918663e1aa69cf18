import { fetch, type Dispatcher, type Response } from 'undici';

/** A failed download, in words, for the warning or error that names the catalog. */
export class DownloadError extends Error {}

const MAX_CATALOG_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** What the cache knows of the copy it holds, sent so that an unchanged catalog is not downloaded again. */
export interface CacheValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** A URL, or null where the text is not one (an unclosed bracket, a port over 65535). */
export function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
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

export async function download(
  url: string,
  meta: CacheValidators | null,
  timeoutMs: number,
  dispatcher: Dispatcher,
): Promise<{ body: Buffer; etag: string | null; lastModified: string | null } | 'unchanged'> {
  // A timer that keeps the process alive: a body stream that stalls after an error (a corrupt gzip
  // body) must end in a timeout, not in a process that exits with nothing settled.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await follow(url, meta, timeoutMs, controller.signal, dispatcher);
  } finally {
    clearTimeout(timer);
  }
}

async function follow(
  url: string,
  meta: CacheValidators | null,
  timeoutMs: number,
  signal: AbortSignal,
  dispatcher: Dispatcher,
): Promise<{ body: Buffer; etag: string | null; lastModified: string | null } | 'unchanged'> {
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
    if (response.status === 304) {
      if (meta === null) throw new DownloadError('the server answered 304 Not Modified, but there is no cached copy');
      return 'unchanged';
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      const next = location === null ? null : parseUrl(location, target);
      if (location !== null && next === null) throw new DownloadError(`it redirects to ${location}, which is not a valid URL`);
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
