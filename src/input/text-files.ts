import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

/** The default size limit of a catalog or ignore file, local or downloaded; `ROLLUP_CHECK_MAX_INPUT_MB` changes it. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
export const MAX_INPUT_VARIABLE = 'ROLLUP_CHECK_MAX_INPUT_MB';

const READ_BYTES = 64 * 1024;

/** The longest host-list line (a record) in characters from `ROLLUP_CHECK_MAX_LINE_KB` (whole KiB), or `fallback`. */
export function maxLineCharsFrom(env: Readonly<Record<string, string | undefined>>, fallback: number): number {
  const value = env.ROLLUP_CHECK_MAX_LINE_KB;
  if (value === undefined || !/^\d{1,6}$/.test(value.trim()) || Number(value) === 0) return fallback;
  return Number(value) * 1024;
}

/** The size limit of catalog and ignore files from the environment (whole mebibytes), or the default. */
export function maxInputBytesFrom(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[MAX_INPUT_VARIABLE];
  if (value === undefined || !/^\d{1,6}$/.test(value.trim()) || Number(value) === 0) return DEFAULT_MAX_INPUT_BYTES;
  return Number(value) * 1024 * 1024;
}

function tooLarge(limit: number): Error {
  return Object.assign(new Error(`it is larger than the ${limit / (1024 * 1024)} MiB limit (${MAX_INPUT_VARIABLE} raises it)`), { code: 'EFBIG' });
}

/**
 * A UTF-8 text file of at most `maxBytes` bytes (a device or pipe is read no further than that);
 * throws the operating system's error, or one with code EFBIG when the file is too large.
 */
export function readTextFile(path: string | URL, maxBytes = DEFAULT_MAX_INPUT_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_BYTES);
      const bytes = readSync(fd, chunk, 0, READ_BYTES, null);
      if (bytes === 0) break;
      total += bytes;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk.subarray(0, bytes));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, in a few words. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EFBIG') return (error as Error).message;
  if (code === 'EIO') return 'an input/output error';
  return (error as Error).message;
}

export const fileExists = (path: string): boolean => existsSync(path);
