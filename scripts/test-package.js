import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run test:package` (after `npm run package`): the end-to-end tests, run on the Linux single
// executable instead of `node bin/rollup-check.cjs` (test/support/binary.ts reads the variable).
const executable = fileURLToPath(new URL('../release/rollup-check-linux-x64', import.meta.url));
if (!existsSync(executable)) throw new Error('release/rollup-check-linux-x64 is missing: run npm run package first');
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', 'test/e2e', 'test/output/output-sink.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ROLLUP_CHECK_EXECUTABLE: executable },
});
process.exitCode = run.status ?? 1;
