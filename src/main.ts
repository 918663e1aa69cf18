import { fstatSync } from 'node:fs';
import { runCli } from './cli/run-cli.js';
import { readStdin } from './input/host-list-source.js';
import { readToolVersion } from './input/package-info.js';
import { detectColorLevel } from './output/color-level.js';
import type { Destination } from './output/destination.js';
import { mayBeTerminal, writeAllSync } from './output/fd-writer.js';

// Files, pipes and the null device are written through their file descriptors; Node's stream for
// a standard stream (and its terminal support) is made only for a terminal.
const stdoutIsTTY = mayBeTerminal(1, process.platform) && process.stdout.isTTY === true;
const stderrIsTTY = mayBeTerminal(2, process.platform) && process.stderr.isTTY === true;
if (stdoutIsTTY) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
const stdout: Destination = stdoutIsTTY ? { stream: process.stdout } : { fd: 1 };
const writeStderr = stderrIsTTY ? (text: string) => void process.stderr.write(text) : (text: string) => void writeAllSync(2, Buffer.from(text));

function stdinHasData(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

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
  process.exitCode = exitCode;
});
