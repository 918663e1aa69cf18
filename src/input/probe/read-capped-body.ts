import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/**
 * Reads a response body up to `limit` bytes. Null when it is (or declares itself) larger: reading
 * stops there and the stream is destroyed, so no more than about `limit` bytes are ever held.
 */
export async function readCappedBody(body: Readable, headers: IncomingHttpHeaders, limit: number): Promise<Uint8Array | null> {
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    body.destroy();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Drops a body that will not be read (a redirect's), reading at most `limit` bytes of it. */
export async function discardBody(body: Readable, limit: number): Promise<void> {
  try {
    await readCappedBody(body, {}, limit);
  } catch {
    // a redirect's body does not matter
  }
}
