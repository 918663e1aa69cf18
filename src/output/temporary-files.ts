import { rmSync } from 'node:fs';

/** Temporary report files not yet renamed into place: removed if the run is interrupted. */
const pending = new Set<string>();

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ends an interrupted run (SIGINT, SIGTERM, SIGHUP) the usual way, by the signal (128 + its
 * number), once the write under way is complete, so that no record on stdout is cut; temporary
 * report files are removed first. A reader that stops reading delays this until it reads again
 * or goes away (as Ctrl-C in a terminal does to every process of the pipeline).
 */
export function endRunsOnSignals(): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.kill(process.pid, signal);
    });
  }
}

export const keepTemporaryFile = (path: string): void => void pending.add(path);

export function removeTemporaryFile(path: string): void {
  pending.delete(path);
  rmSync(path, { force: true });
}

/** Removes every temporary file still pending (on SIGINT, SIGTERM or SIGHUP); never throws. */
export function removeTemporaryFiles(): void {
  for (const path of [...pending]) {
    try {
      removeTemporaryFile(path);
    } catch {
      pending.delete(path);
    }
  }
}
