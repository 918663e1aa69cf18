import ora, { type Ora } from 'ora';
import { NO_PROGRESS, type Progress } from './progress.js';

const UPDATE_EVERY_MS = 100;

export interface ProgressContext {
  readonly enabled: boolean;
  readonly label: (done: number) => string;
}

export function startProgress({ enabled, label }: ProgressContext): Progress {
  if (!enabled || !(process.stderr.columns > 0)) return NO_PROGRESS;
  const spinner: Ora = ora({ text: label(0), stream: process.stderr }).start();
  let last = 0;
  return {
    tick: (done) => {
      const now = Date.now();
      if (now - last < UPDATE_EVERY_MS) return;
      last = now;
      spinner.text = label(done);
    },
    stop: () => spinner.stop(),
  };
}

/** A spinner only where a person watches stderr and stdout goes elsewhere, never in CI or with --quiet. */
export function progressAllowed(env: NodeJS.ProcessEnv, stderrIsTTY: boolean, stdoutIsTTY: boolean, quiet: boolean): boolean {
  return stderrIsTTY && !stdoutIsTTY && !quiet && (env.CI === undefined || env.CI === '' || env.CI === 'false');
}
