import { existsSync, readFileSync } from 'node:fs';

/** A UTF-8 text file; throws the operating system's error. */
export const readTextFile = (path: string): string => readFileSync(path, 'utf8');

/** Why a file could not be read, in a few words. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}

export const fileExists = (path: string): boolean => existsSync(path);
