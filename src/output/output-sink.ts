import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

const BATCH_CHARS = 64 * 1024;

export interface OutputSink {
  readonly write: (text: string) => Promise<void>;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}

function batchingSink(stream: Writable, onFinish: () => Promise<void>, onAbandon: () => void): OutputSink {
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    write: async (text) => {
      pending += text;
      if (pending.length >= BATCH_CHARS) await flush();
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
