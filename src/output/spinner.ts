import ora from 'ora';
import { escapeControls } from '../shared/escape-controls.js';
import type { Progress } from './progress.js';

const UPDATE_EVERY_MS = 100;

/** A spinner on a terminal stream, its text (control characters written out) updated at most every 100 ms. */
export function startSpinner(stream: NodeJS.WriteStream, label: (done: number) => string): Progress {
  const text = (done: number): string => escapeControls(label(done), false);
  const spinner = ora({ text: text(0), stream }).start();
  let last = 0;
  return {
    tick: (done) => {
      const now = Date.now();
      if (now - last < UPDATE_EVERY_MS) return;
      last = now;
      spinner.text = text(done);
    },
    stop: () => spinner.stop(),
  };
}
