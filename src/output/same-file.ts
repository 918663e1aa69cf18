import { statSync } from 'node:fs';

/** Whether two paths name the same existing file (after links), by device and inode. */
export function isSameFile(first: string, second: string): boolean {
  try {
    const a = statSync(first, { bigint: true });
    const b = statSync(second, { bigint: true });
    return a.dev === b.dev && a.ino === b.ino && a.isFile();
  } catch {
    return false;
  }
}
