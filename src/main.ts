import { fstatSync } from 'node:fs';
import { runCli } from './cli/run-cli.js';
import { readStdin } from './input/host-list-source.js';
import { readToolVersion } from './input/package-info.js';
import { detectColorLevel } from './output/color-level.js';
import type { Destination } from './output/destination.js';
import { mayBeTerminal, writeAllSync } from './output/fd-writer.js';
import { endRunsOnSignals } from './output/temporary-files.js';

// Files, pipes and the null device are written through their file descriptors; Node's stream for
// a standard stream (and its terminal support) is made only for a terminal. Write errors on stdout
// are reported by its sink; on stderr there is nowhere left to report them.
const stdoutIsTTY = mayBeTerminal(1, process.platform) && process.stdout.isTTY === true;
const stderrIsTTY = mayBeTerminal(2, process.platform) && process.stderr.isTTY === true;
if (stdoutIsTTY) process.stdout.on('error', () => undefined);
if (stderrIsTTY) process.stderr.on('error', () => undefined);
const stdout: Destination = stdoutIsTTY ? { stream: process.stdout } : { fd: 1 };
endRunsOnSignals();

function writeStderr(text: string): void {
  try {
    if (stderrIsTTY) process.stderr.write(text);
    else writeAllSync(2, Buffer.from(text));
  } catch {
    // standard error is closed or full: nothing more can be said
  }
}

function stdinHasData(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

let settled = false;
void runCli(process.argv.slice(2), {
  stdout,
  stderr: () => process.stderr,
  writeStderr,
  stdin: readStdin,
  stdinHasData: stdinHasData(),
  stderrIsTTY,
  stdoutIsTTY,
  stdoutColumns: stdoutIsTTY && process.stdout.columns > 0 ? process.stdout.columns : null,
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  toolVersion: readToolVersion(),
  detectedColorLevel: () => detectColorLevel(process.env, process.platform),
}).then((exitCode) => {
  settled = true;
  process.exitCode = exitCode;
});

/** A run whose work stopped without an answer (a promise nothing will settle) says so rather than exit quietly. */
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  writeStderr('rollup-check: internal error: the run stopped before it finished\n');
  process.exitCode = 70;
});
