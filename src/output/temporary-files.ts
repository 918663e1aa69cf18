import { rmSync } from 'node:fs';

/** Temporary report files not yet renamed into place: removed if the run is interrupted. */
const pending = new Set<string>();

export const keepTemporaryFile = (path: string): void => void pending.add(path);

export function removeTemporaryFile(path: string): void {
  pending.delete(path);
  rmSync(path, { force: true });
}

/** Removes every temporary file still pending (on SIGINT or SIGTERM); never throws. */
export function removeTemporaryFiles(): void {
  for (const path of [...pending]) {
    try {
      removeTemporaryFile(path);
    } catch {
      pending.delete(path);
    }
  }
}
