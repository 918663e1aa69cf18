import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

const BATCH_BYTES = 64 * 1024;

export type OutputChunk = string | Uint8Array;

export interface OutputSink {
  readonly write: (chunk: OutputChunk | readonly OutputChunk[]) => Promise<void>;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}

function batchingSink(stream: Writable, onFinish: () => Promise<void>, onAbandon: () => void): OutputSink {
  let text = '';
  let parts: Uint8Array[] = [];
  let size = 0;
  const keepText = (): void => {
    if (text === '') return;
    parts.push(Buffer.from(text));
    text = '';
  };
  const flush = async (): Promise<void> => {
    keepText();
    if (size === 0) return;
    const batch = parts;
    parts = [];
    size = 0;
    stream.cork();
    let ready = true;
    for (const part of batch) ready = stream.write(part) && ready;
    stream.uncork();
    if (!ready) await once(stream, 'drain');
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
    write: async (chunk) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) add(chunk);
      else for (const part of chunk as readonly OutputChunk[]) add(part);
      if (size >= BATCH_BYTES) await flush();
    },
    finish: async () => {
      await flush();
      await onFinish();
    },
    abandon: onAbandon,
  };
}

export function streamSink(stream: Writable): OutputSink {
  return batchingSink(stream, async () => undefined, () => undefined);
}

export function atomicFileSink(path: string): OutputSink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  const closed = once(stream, 'close');
  return batchingSink(
    stream,
    async () => {
      stream.end();
      await closed;
      renameSync(temporary, path);
    },
    () => {
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  );
}
