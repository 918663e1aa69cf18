import { chmodSync, createWriteStream, lstatSync, openSync, readlinkSync, renameSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../shared/errors.js';
import { batchingSink, type OutputSink } from './output-sink.js';
import { keepTemporaryFile, removeTemporaryFile } from './temporary-files.js';
import { describeWriteError, reportingWriteErrors } from './write-errors.js';

/** The longest file name (in bytes) most file systems take. */
const NAME_MAX_BYTES = 255;

/** Paths that name a stream of the process or a device: written as they are, never replaced. */
const isProcessPath = (path: string): boolean => /^\/(dev|proc)\//.test(path) || /^(nul|con)(\.[^\\/]*)?$/i.test(basename(path));

const MAX_LINKS = 40;

/** The path a chain of symbolic links ends at (which may not exist yet): the report replaces that file, not the link. */
function followLinks(path: string): string {
  let current = path;
  for (let links = 0; links < MAX_LINKS; links++) {
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
    } catch {
      return current;
    }
    current = resolve(dirname(current), readlinkSync(current));
  }
  return current;
}

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw describeWriteError(path, error);
  }
}

/** A temporary name beside `target` that fits the file-name limit: a dot, as much of the name as fits, a unique tail. */
export function temporaryNameFor(target: string, unique: string): string {
  const tail = `.${unique}.tmp`;
  let name = basename(target);
  while (Buffer.byteLength(`.${name}${tail}`) > NAME_MAX_BYTES) name = [...name].slice(0, -1).join('');
  return join(dirname(target), `.${name}${tail}`);
}

function settledStream(stream: Writable): { readonly closed: Promise<void>; readonly failure: () => Error | null } {
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  const closed = new Promise<void>((resolve) => stream.once('close', resolve));
  return { closed, failure: () => failure };
}

/** The descriptor a path names when it is one of the process's own streams (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`). */
export function descriptorOf(path: string): number | null {
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const match = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d{1,6})$/.exec(path);
  return match ? Number(match[1]) : null;
}

/**
 * A device, FIFO or process stream: written directly, never replaced. A descriptor of the
 * process is written as it is (opening it again fails for a socket); a FIFO is opened without
 * blocking the run while no reader has opened it yet.
 */
function directSink(path: string, fifo: boolean): OutputSink {
  const descriptor = descriptorOf(path);
  let stream: Writable;
  try {
    stream =
      descriptor !== null
        ? createWriteStream('', { fd: descriptor, autoClose: false })
        : fifo
          ? createWriteStream(path, { flags: 'w' })
          : createWriteStream('', { fd: openSync(path, 'w') });
  } catch (error) {
    throw describeWriteError(path, error);
  }
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  const done = new Promise<void>((resolve) => {
    stream.once('finish', resolve);
    stream.once('error', () => resolve());
  });
  const sink = batchingSink(
    stream,
    async () => {
      stream.end();
      await done;
    },
    () => stream.destroy(),
  );
  return reportingWriteErrors(sink, path, () => failure);
}

/** A regular file (or a new one): written to a temporary file beside it and renamed into place only when finished. */
function replacingSink(path: string, existing: Stats | null): OutputSink {
  const target = followLinks(path);
  const temporary = temporaryNameFor(target, `${process.pid.toString(36)}${Date.now().toString(36)}`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw describeWriteError(path, error);
  }
  keepTemporaryFile(temporary);
  try {
    if (existing) chmodSync(temporary, existing.mode & 0o7777);
  } catch {
    // the file keeps the default mode
  }
  const stream = createWriteStream('', { fd });
  const { closed, failure } = settledStream(stream);
  const sink = batchingSink(
    stream,
    async () => {
      stream.end();
      await closed;
      const error = failure();
      if (error) {
        removeTemporaryFile(temporary);
        throw describeWriteError(path, error);
      }
      try {
        renameSync(temporary, target);
      } catch (renameError) {
        removeTemporaryFile(temporary);
        throw describeWriteError(path, renameError);
      }
      removeTemporaryFile(temporary);
    },
    () => {
      if (!stream.destroyed) stream.destroy();
      removeTemporaryFile(temporary);
    },
  );
  return reportingWriteErrors(sink, path, failure);
}

/**
 * Opens a report file (`-o FORMAT=FILE`) before anything is analysed: a regular file (or a new one)
 * atomically, through a temporary file; a device, FIFO or process stream directly; a symbolic
 * link is followed to its target. A directory, or a path ending in a separator, is refused.
 */
export function openReportFile(path: string): OutputSink {
  if (/[\\/]$/.test(path)) throw new UsageError(`cannot write ${path}: it names a directory`);
  const existing = descriptorOf(path) === null ? statOf(path) : null;
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a directory`);
  if (descriptorOf(path) !== null || isProcessPath(path) || (existing !== null && !existing.isFile())) return directSink(path, existing?.isFIFO() ?? false);
  return replacingSink(path, existing);
}
