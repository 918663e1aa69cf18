import { writeFileSync } from 'node:fs';
import { createProgram } from '../dist/cli/program.js';
import { configSchemaOf } from '../dist/cli/config-options.js';

// Writes docs/config.schema.json from the command line's own options (test/cli/config-options.test.ts
// fails when the committed file and the program disagree).
const context = { stdout: process.stdout, diagnostics: {}, toolVersion: '0', today: '2000-01-01', env: {}, cwd: process.cwd() };
const program = createProgram(
  context,
  () => 0,
  () => undefined,
);
writeFileSync(new URL('../docs/config.schema.json', import.meta.url), `${JSON.stringify(configSchemaOf(program), null, 2)}\n`);
