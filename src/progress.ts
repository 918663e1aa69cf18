import ora, { type Ora } from 'ora';

export interface Progress {
  readonly tick: (done: number) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };
const UPDATE_EVERY_MS = 100;

export interface ProgressContext {
  readonly enabled: boolean;
  readonly label: (done: number) => string;
}

export function startProgress({ enabled, label }: ProgressContext): Progress {
  if (!enabled) return SILENT;
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

export function progressAllowed(env: NodeJS.ProcessEnv, stderrIsTTY: boolean, quiet: boolean): boolean {
  return stderrIsTTY && !quiet && (env.CI === undefined || env.CI === '' || env.CI === 'false');
}
