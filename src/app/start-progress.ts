import { NO_PROGRESS, progressAllowed, type Progress } from '../output/progress.js';
import type { RunContext } from './run-context.js';

export type ProgressStarter = (label: (done: number) => string) => Promise<Progress>;

/** Starts a spinner on stderr where progress is allowed (a person watching, not CI, not --quiet); loads it only then. */
export function progressStarter(context: RunContext, quiet: boolean): ProgressStarter {
  const stderr = progressAllowed(context.env, context.stderrIsTTY, context.stdoutIsTTY, quiet) ? context.stderr() : null;
  const allowed = stderr !== null && 'columns' in stderr && stderr.columns > 0;
  return async (label) => {
    if (!allowed) return NO_PROGRESS;
    const { startSpinner } = await import('../output/spinner.js');
    return startSpinner(stderr as NodeJS.WriteStream, label);
  };
}
