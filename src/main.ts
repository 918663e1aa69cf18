import { fstatSync } from 'node:fs';
import { supportsColor } from 'chalk';
import { runCli } from './cli/run-cli.js';
import { readStdin } from './input/host-list-source.js';
import { readToolVersion } from './input/package-info.js';
import type { ColorLevel } from './shared/color-level.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

function stdinHasData(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  writeStderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  stdinHasData: stdinHasData(),
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdoutColumns: process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : null,
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  toolVersion: readToolVersion(),
  detectedColorLevel: (supportsColor ? supportsColor.level : 0) as ColorLevel,
}).then((exitCode) => {
  process.exitCode = exitCode;
});
