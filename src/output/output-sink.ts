import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Destination } from './destination.js';
import { FdWriter, writeAllSync } from './fd-writer.js';
import type { OutputChunk, OutputSink } from './sink.js';
import { describeWriteError, isClosedPipe, reportingWriteErrors } from './write-errors.js';

const BATCH_BYTES = 64 * 1024;

export type { OutputChunk, OutputSink } from './sink.js';

/** A stream written in batches of 64 KiB, waiting for it to drain; a reader that went away (EPIPE) ends the output quietly. */
export function batchingSink(stream: Writable, onFinish: () => Promise<void>, onAbandon: () => void): OutputSink {
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
    flush: () => (size > 0 ? flush() : undefined),
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

/**
 * A stream (a terminal, a test's collector): a reader that went away (EPIPE) ends the output
 * quietly; any other write error (a full disk) is reported once, with its cause.
 */
export function streamSink(stream: Writable, name = 'standard output'): OutputSink {
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  const sink = batchingSink(
    stream,
    async () => undefined,
    () => undefined,
  );
  return reportingWriteErrors(sink, name, () => failure);
}

/**
 * Standard output as a file descriptor (a file, a pipe, the null device), written synchronously
 * through one reused buffer: a record is never cut by a signal, and a reader that went away ends
 * the output quietly; any other write error is reported once, with its cause.
 */
function descriptorSink(fd: number, name: string): OutputSink {
  const writer = new FdWriter(fd);
  const guard = (write: () => void): undefined => {
    try {
      write();
    } catch (error) {
      throw describeWriteError(name, error);
    }
    return undefined;
  };
  return {
    write: (chunk) =>
      guard(() => {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) writer.write(chunk);
        else writer.writeRecord(chunk as readonly OutputChunk[]);
      }),
    flush: () => guard(() => writer.flush()),
    finish: async () => guard(() => writer.flush()),
    abandon: () => undefined,
  };
}

/** Standard output: its file descriptor when the process edge gives one, else its stream. */
export const destinationSink = (destination: Destination): OutputSink =>
  'fd' in destination ? descriptorSink(destination.fd, 'standard output') : streamSink(destination.stream);

/** Writes a whole text (help, a catalog query's answer) to standard output at once. */
export function writeText(destination: Destination, text: string): void {
  try {
    if ('fd' in destination) writeAllSync(destination.fd, Buffer.from(text));
    else destination.stream.write(text);
  } catch (error) {
    throw describeWriteError('standard output', error);
  }
}
