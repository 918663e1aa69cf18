import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configSchemaOf, configurableOptions } from '../../src/cli/config-options.js';
import { createProgram } from '../../src/cli/program.js';
import { runInProcess } from '../support/run-in-process.js';
import type { RunContext } from '../../src/app/run-context.js';

const program = createProgram(
  { toolVersion: '0', today: '2000-01-01', env: {}, cwd: '.' } as unknown as RunContext,
  () => 0,
  () => undefined,
);
const published = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };

describe('the config file schema', () => {
  it('is the one the command line gives (run `node scripts/write-config-schema.js` after `npm run build` when an option changes)', () => {
    expect(published).toEqual(configSchemaOf(program));
  });

  it('sets every option of the check but --help, --version and --config', () => {
    const flags = program.options.filter((option) => !['version', 'help', 'config'].includes(option.attributeName())).map((option) => option.attributeName());
    expect(new Set(configurableOptions(program).map((entry) => entry.attribute))).toEqual(new Set(flags));
    expect(Object.keys(published.properties)).toContain('fail-on');
    expect(Object.keys(published.properties)).toContain('default-catalog');
    expect(Object.keys(published.properties)).not.toContain('no-header');
  });

  it('is a valid JSON Schema', () => {
    expect(new Ajv({ strict: true }).validateSchema(published)).toBe(true);
  });

  it('is one of the options --help lists', async () => {
    expect((await runInProcess(['--help'])).stdout).toContain('--config <file>');
  });
});
