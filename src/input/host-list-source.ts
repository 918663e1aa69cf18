import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { UsageError } from '../shared/errors.js';

/**
 * Reads are 64 KiB: large enough that system calls cost nothing next to the work, small enough that
 * a piece and the text decoded from it stay in V8's young generation (a string over 128 KiB goes
 * straight to the old generation and lives until a full collection), so memory stays flat.
 */
const CHUNK_BYTES = 64 * 1024;
const RETRY_MS = 10;

/** A host list as bytes: a file, or standard input. */
export interface HostListSource {
  /** The path as given, or `stdin`. */
  readonly name: string;
  /** The bytes in pieces; a piece is valid until the next one is asked for. */
  readonly chunks: () => AsyncIterable<Uint8Array>;
}

function openFile(path: string): number {
  try {
    const fd = openSync(path, 'r');
    if (fstatSync(fd).isDirectory()) {
      closeSync(fd);
      throw new UsageError(`cannot read host list ${path}: it is a directory`);
    }
    return fd;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read host list ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
    );
  }
}

const readAsync = (fd: number, buffer: Buffer): Promise<number> =>
  new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytes) => (error ? reject(error) : resolve(bytes))));

/** Reads in 64 KiB pieces: synchronously from a regular file, and as data arrives from a pipe or terminal. */
async function* readChunks(fd: number, name: string): AsyncGenerator<Uint8Array> {
  const regular = fstatSync(fd).isFile();
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let bytes: number;
    try {
      bytes = regular ? readSync(fd, buffer) : await readAsync(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        continue;
      }
      throw new UsageError(`cannot read host list ${name}: ${(error as Error).message}`);
    }
    if (bytes === 0) return;
    yield buffer.subarray(0, bytes);
  }
}

/** Standard input, read from its file descriptor without creating a stream for it. */
export const readStdin = (): AsyncIterable<Uint8Array> => readChunks(0, 'stdin');

/** A host list file, or `-` for standard input. */
export function openHostList(path: string, stdin: () => AsyncIterable<Uint8Array>): HostListSource {
  if (path === '-') return { name: 'stdin', chunks: stdin };
  const fd = openFile(path);
  return {
    name: path,
    chunks: async function* () {
      try {
        yield* readChunks(fd, path);
      } finally {
        closeSync(fd);
      }
    },
  };
}
