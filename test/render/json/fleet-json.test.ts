import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/helpers.js';
import { runInProcess } from '../../support/run-in-process.js';

const schema = (name: string): object => JSON.parse(readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema('report.schema.json'));
const validateFleet = ajv.compile(schema('fleet.schema.json'));

const errorsOf = (value: unknown): string[] =>
  validateFleet(value) ? [] : (validateFleet.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);

const AS_OF = ['--as-of', '2026-11-24'];
const LIST = fixturePath('hosts/bad-rows.csv');

describe('host-list JSON', () => {
  it('is one envelope naming the catalogs once, with host records and the summary, valid against docs/fleet.schema.json', async () => {
    const { stdout } = await runInProcess(['--hosts', LIST, ...AS_OF, '-f', 'json']);
    const report = JSON.parse(stdout) as { schemaVersion: number; catalogs: unknown[]; hosts: Record<string, unknown>[]; summary: { hosts: number } };
    expect(errorsOf(report)).toEqual([]);
    expect(report).toMatchObject({ schemaVersion: 2, source: LIST });
    expect(report.catalogs).toHaveLength(1);
    expect(report.hosts.every((host) => !('schemaVersion' in host) && !('catalogs' in host) && host.type === 'host')).toBe(true);
    expect(report.summary.hosts).toBe(report.hosts.length);
  });

  it('as JSON lines: a run record, a record per host as checked, then the summary, each valid', async () => {
    const { stdout } = await runInProcess(['--hosts', LIST, ...AS_OF, '-f', 'ndjson']);
    const records = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(records.map((record) => record.type)).toEqual(['run', ...Array<string>(records.length - 2).fill('host'), 'summary']);
    expect(records.flatMap(errorsOf)).toEqual([]);
  });

  it('labels a single build rendered as JSON lines by the build, with no list and no line', async () => {
    const { stdout } = await runInProcess(['15.2.1544.4', ...AS_OF, '-f', 'ndjson']);
    const [run, host] = stdout.split('\n').map((line) => (line === '' ? null : (JSON.parse(line) as Record<string, unknown>)));
    expect(run).toMatchObject({ type: 'run', source: null });
    expect(host).toMatchObject({ type: 'host', host: null, line: null, build: '15.2.1544.4' });
  });
});
