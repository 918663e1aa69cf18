import { fstatSync } from 'node:fs';
import { supportsColor } from 'chalk';
import { runCli } from './cli/run-cli.js';
import { readStdin } from './input/host-list-source.js';
import { readToolVersion } from './input/package-info.js';
import { removeTemporaryFiles } from './output/temporary-files.js';
import type { ColorLevel } from './shared/color-level.js';

/** Write errors on stdout are reported by its sink; on stderr there is nowhere left to report them. */
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

/** An interrupted run leaves no temporary report file behind, then ends by the signal as usual. */
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.kill(process.pid, signal);
  });
}

function writeStderr(text: string): void {
  try {
    process.stderr.write(text);
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
  stdout: process.stdout,
  stderr: process.stderr,
  writeStderr,
  stdin: readStdin,
  stdinHasData: stdinHasData(),
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  toolVersion: readToolVersion(),
  detectedColorLevel: (supportsColor ? supportsColor.level : 0) as ColorLevel,
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
