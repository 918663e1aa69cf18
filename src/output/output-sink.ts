import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../shared/errors.js';

const BATCH_BYTES = 64 * 1024;

export type OutputChunk = string | Uint8Array;

export interface OutputSink {
  /** Adds to the batch; returns a promise only when the batch was full and is being written. */
  readonly write: (chunk: OutputChunk | readonly OutputChunk[]) => Promise<void> | undefined;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}

const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

function batchingSink(stream: Writable, onFinish: () => Promise<void>, onAbandon: () => void): OutputSink {
  let text = '';
  let parts: Uint8Array[] = [];
  let size = 0;
  let readerGone = false;
  const keepText = (): void => {
    if (text === '') return;
    parts.push(Buffer.from(text));
    text = '';
  };
  const flush = async (): Promise<void> => {
    keepText();
    const batch = parts;
    parts = [];
    size = 0;
    if (batch.length === 0 || readerGone) return;
    stream.cork();
    let ready = true;
    for (const part of batch) ready = stream.write(part) && ready;
    stream.uncork();
    if (ready) return;
    try {
      await once(stream, 'drain');
    } catch (error) {
      if (!isClosedPipe(error)) throw error;
      readerGone = true;
    }
  };
  const add = (chunk: OutputChunk): void => {
    if (typeof chunk === 'string') {
      text += chunk;
      size += chunk.length;
    } else {
      keepText();
      parts.push(chunk);
      size += chunk.length;
    }
  };
  return {
    write: (chunk) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) add(chunk);
      else for (const part of chunk as readonly OutputChunk[]) add(part);
      return size >= BATCH_BYTES ? flush() : undefined;
    },
    finish: async () => {
      await flush();
      await onFinish();
    },
    abandon: onAbandon,
  };
}

export function streamSink(stream: Writable): OutputSink {
  return batchingSink(
    stream,
    async () => undefined,
    () => undefined,
  );
}

/** Writes to a temporary file beside `path` and renames it into place only when finished. */
export function atomicFileSink(path: string): OutputSink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
  }
  const stream = createWriteStream('', { fd });
  let failure: Error | null = null;
  stream.on('error', (error) => (failure = error));
  const closed = new Promise<void>((resolve) => stream.once('close', resolve));
  return batchingSink(
    stream,
    async () => {
      stream.end();
      await closed;
      if (failure) {
        rmSync(temporary, { force: true });
        throw new UsageError(`cannot write ${path}: ${(failure as Error).message}`);
      }
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
      }
    },
    () => {
      if (!stream.destroyed) stream.destroy();
      else closeSync(fd);
      rmSync(temporary, { force: true });
    },
  );
}
