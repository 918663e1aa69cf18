import { rmSync } from 'node:fs';

/** Temporary report files not yet renamed into place: removed if the run is interrupted. */
const pending = new Set<string>();

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Removes the temporary files, then ends the run by the signal as usual (128 + its number). */
function onSignal(signal: NodeJS.Signals): void {
  removeTemporaryFiles();
  process.kill(process.pid, signal);
}

/**
 * Watches the signals only while a temporary file exists: a run without report files keeps the
 * default action, so a signal ends it at once even while it waits on a full pipe.
 */
function watchSignals(watch: boolean): void {
  for (const signal of SIGNALS) {
    if (watch) process.once(signal, onSignal);
    else process.removeListener(signal, onSignal);
  }
}

export function keepTemporaryFile(path: string): void {
  if (pending.size === 0) watchSignals(true);
  pending.add(path);
}

export function removeTemporaryFile(path: string): void {
  if (pending.delete(path) && pending.size === 0) watchSignals(false);
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
