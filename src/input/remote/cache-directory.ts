import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const MAX_DEPTH = 64;

/**
 * Makes sure `directory` exists and is a directory, creating missing parents one by one (never in
 * a loop that does not end, as a recursive mkdir can on /proc); throws the operating system's
 * error, or one saying which part is not a directory.
 */
export function ensureDirectory(directory: string, depth = 0): void {
  try {
    mkdirSync(directory);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!statSync(directory).isDirectory()) throw Object.assign(new Error(`${directory} is not a directory`), { code: 'ENOTDIR' });
      return;
    }
    const parent = dirname(directory);
    if (code !== 'ENOENT' || parent === directory || depth >= MAX_DEPTH) throw error;
    ensureDirectory(parent, depth + 1);
  }
  mkdirSync(directory);
}
