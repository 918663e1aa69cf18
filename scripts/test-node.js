import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// `npm run test:node22` / `test:node24`: the test suite (after `npm run build`) on another Node
// major version, taken from the npm registry's `node` package with npx; Node 20 runs it as `npm test`.
const major = process.argv[2];
if (!/^\d+$/.test(major ?? '')) throw new Error('usage: node scripts/test-node.js MAJOR');
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const probe = spawnSync('npx', ['-y', '-p', `node@${major}`, '--', 'node', '-p', 'process.version'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (probe.status !== 0) throw new Error(`npx could not provide Node ${major}: ${probe.stderr}`);
console.log(`running the tests on Node ${probe.stdout.trim()}`);
const run = spawnSync('npx', ['-y', '-p', `node@${major}`, '--', 'node', vitest, 'run', ...process.argv.slice(3)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exitCode = run.status ?? 1;
