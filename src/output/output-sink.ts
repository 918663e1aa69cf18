import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { OutputChunk, OutputSink } from './sink.js';
import { reportingWriteErrors } from './write-errors.js';

const BATCH_BYTES = 64 * 1024;

export type { OutputChunk, OutputSink } from './sink.js';

const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

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
    flush,
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
 * Standard output: a reader that went away (EPIPE) ends the output quietly; any other write
 * error (a full disk) is reported once, with its cause.
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
