import { once } from 'node:events';
import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../shared/errors.js';
import type { Destination } from './destination.js';
import { FdWriter, writeAllSync } from './fd-writer.js';

const BATCH_BYTES = 64 * 1024;

export type OutputChunk = string | Uint8Array;

export interface OutputSink {
  /** Adds to the batch; returns a promise only when the batch was full and is being written to a stream. */
  readonly write: (chunk: OutputChunk | readonly OutputChunk[]) => Promise<void> | undefined;
  /** Writes what was added so far, so that rows arriving slowly show as they come. */
  readonly flush: () => Promise<void> | undefined;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}

const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/** A stream (a terminal, a test's collector): written in batches, waiting for it to drain. */
export function streamSink(stream: Writable): OutputSink {
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
    flush: () => (size > 0 ? flush() : undefined),
    finish: flush,
    abandon: () => undefined,
  };
}

/** A file descriptor, written synchronously through one reused buffer; `guard` turns write errors into the caller's. */
function fdSink(writer: FdWriter, onFinish: () => void, onAbandon: () => void, guard: <T>(write: () => T) => T = (write) => write()): OutputSink {
  return {
    write: (chunk) => {
      guard(() => {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) writer.write(chunk);
        else for (const part of chunk as readonly OutputChunk[]) writer.write(part);
      });
      return undefined;
    },
    flush: () => {
      guard(() => writer.flush());
      return undefined;
    },
    finish: async () => {
      guard(() => writer.flush());
      onFinish();
    },
    abandon: onAbandon,
  };
}

/** Standard output: its file descriptor when the process edge gives one, else its stream. */
export const destinationSink = (destination: Destination): OutputSink =>
  'fd' in destination
    ? fdSink(
        new FdWriter(destination.fd),
        () => undefined,
        () => undefined,
      )
    : streamSink(destination.stream);

/** Writes a whole text (help, a catalog query's answer) to standard output at once. */
export function writeText(destination: Destination, text: string): void {
  if ('fd' in destination) writeAllSync(destination.fd, Buffer.from(text));
  else destination.stream.write(text);
}

/** Writes to a temporary file beside `path` and renames it into place only when finished. */
export function atomicFileSink(path: string): OutputSink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
  }
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  const guard = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
    }
  };
  return fdSink(
    new FdWriter(fd),
    () =>
      guard(() => {
        close();
        renameSync(temporary, path);
      }),
    () => {
      close();
      rmSync(temporary, { force: true });
    },
    guard,
  );
}
