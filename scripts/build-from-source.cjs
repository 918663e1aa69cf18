'use strict';
// Run by bin/rollup-check.cjs when dist/ is missing: in a fresh clone of the repository,
// `npm install && npx rollup-check …` builds on the first run. (The published package is built
// before packing, `prepack`, and carries no install scripts.) The build's output goes to stderr so
// that stdout carries only the report.
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { delimiter, join } = require('node:path');

const root = join(__dirname, '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
process.stderr.write('rollup-check: no build found (a fresh clone?): running `npm run build` first\n');
const result = spawnSync(scripts.build, {
  cwd: root,
  shell: true,
  stdio: ['ignore', process.stderr, process.stderr],
  env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
});
if (result.status !== 0) {
  process.stderr.write(`rollup-check: the build failed${result.error ? `: ${result.error.message}` : ''}; run \`npm install\` and \`npm run build\`\n`);
  process.exit(70);
}
