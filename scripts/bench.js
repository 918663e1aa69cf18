import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const commands = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'rollup-check 15.2.1544.4 --format json': [process.execPath, [bin, '15.2.1544.4', '--format', 'json', '--as-of', '2026-11-24']],
};

function timeOnce([command, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const [checkCommand, checkArgs] = commands['rollup-check 15.2.1544.4 --format json'];
function probe() {
  const result = spawnSync(checkCommand, checkArgs, { encoding: 'utf8' });
  if (!result.stdout.startsWith('{')) throw new Error(`the check printed no JSON report (exit ${result.status}): ${result.stderr}`);
}
probe();

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const name of Object.keys(commands)) timeOnce(commands[name]);
for (let run = 0; run < RUNS; run++) {
  for (const [name, command] of Object.entries(commands)) samples[name].push(timeOnce(command));
}

probe();
const [baselineName, checkName] = Object.keys(commands);
const baseline = median(samples[baselineName]);
const check = median(samples[checkName]);
console.log(`runs per command: ${RUNS} (alternating)`);
console.log(`${baselineName.padEnd(42)} median ${baseline.toFixed(1)} ms`);
console.log(`${checkName.padEnd(42)} median ${check.toFixed(1)} ms`);
console.log(`ratio: ${(check / baseline).toFixed(2)}x bare Node start-up (target <= 1.50x)`);
