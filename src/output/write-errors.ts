import type { OutputSink } from './sink.js';
import { UsageError } from '../shared/errors.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory',
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error',
  ENXIO: 'nothing reads from it',
  EBUSY: 'it is busy',
};

/** Why a write failed, in a few words: the operating system's reason without its code and call. */
export function describeWriteReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return (code !== undefined && REASONS[code]) || (message ?? String(error)).replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
}

/** The one error a failed write is reported as. */
export const describeWriteError = (name: string, error: unknown): UsageError => new UsageError(`cannot write ${name}: ${describeWriteReason(error)}`);

/** A write failed because the reader went away (EPIPE): the output ends quietly. */
export const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/**
 * A sink whose write errors surface once, as `cannot write NAME: reason`: a reader that went away
 * (EPIPE) ends the output quietly; `failure` is the first error the stream reported, if any.
 */
export function reportingWriteErrors(sink: OutputSink, name: string, failure: () => Error | null): OutputSink {
  const check = (): void => {
    const error = failure();
    if (error && !isClosedPipe(error)) throw describeWriteError(name, error);
  };
  const guard = async (writing: Promise<void>): Promise<void> => {
    try {
      await writing;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      if (!isClosedPipe(error)) throw describeWriteError(name, error);
    }
    check();
  };
  return {
    write: (chunk) => {
      check();
      const writing = sink.write(chunk);
      return writing ? guard(writing) : undefined;
    },
    flush: () => {
      const flushing = sink.flush();
      if (flushing) return guard(flushing);
      check();
      return undefined;
    },
    finish: async () => {
      await guard(sink.finish());
      await new Promise((resolve) => setImmediate(resolve));
      check();
    },
    abandon: sink.abandon,
  };
}
