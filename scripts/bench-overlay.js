import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './median.js';

// Times a single check with and without a small overlay (the private fix docs/catalog.md shows,
// kept as a test fixture), alternating runs, and prints the medians and their ratio (target: at
// most 1.30x).
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const overlay = fileURLToPath(new URL('../test/fixtures/catalogs/overlays/private-fix.yaml', import.meta.url));
const check = ['15.2.1544.4', '--format', 'json', '--as-of', '2026-11-24'];
const commands = {
  'rollup-check 15.2.1544.4 --format json': [bin, ...check],
  '... --catalog overlay.yaml': [bin, ...check, '--catalog', overlay],
};
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`rollup-check ${args.slice(1).join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const args of Object.values(commands)) timeOnce(args);
for (let run = 0; run < RUNS; run++) for (const [name, args] of Object.entries(commands)) samples[name].push(timeOnce(args));
const [plain, layered] = Object.keys(commands).map((name) => median(samples[name]));
console.log(`runs per command: ${RUNS} (alternating, NODE_EXTRA_CA_CERTS unset)`);
console.log(`${Object.keys(commands)[0].padEnd(42)} median ${plain.toFixed(1)} ms`);
console.log(`${Object.keys(commands)[1].padEnd(42)} median ${layered.toFixed(1)} ms`);
console.log(`ratio: ${(layered / plain).toFixed(2)}x (target <= 1.30x)`);
