import ora from 'ora';
import type { Progress } from './progress.js';

const UPDATE_EVERY_MS = 100;

/** A spinner on a terminal stream, its text updated at most every 100 ms. */
export function startSpinner(stream: NodeJS.WriteStream, label: (done: number) => string): Progress {
  const spinner = ora({ text: label(0), stream }).start();
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
