import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

function directoryWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'rollup-check-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

const env = { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH };

describe('.rollup-check.yaml', () => {
  it('sets options a CI job would otherwise repeat', async () => {
    const cwd = directoryWith({ '.rollup-check.yaml': 'format: json\nas-of: 2026-11-24\nfail-on: exploited\nseverity: [critical, high]\n' });
    const { code, stdout } = await runInProcess(['15.2.2562.49'], { cwd, env });
    const report = JSON.parse(stdout) as { asOf: string; exposed: { severity: string }[]; gate: { passed: boolean } };
    expect(report.asOf).toBe('2026-11-24');
    expect(report.gate.passed).toBe(true);
    expect(code).toBe(0);
  });

  it('loses to the command line, option by option, lists included', async () => {
    const cwd = directoryWith({ '.rollup-check.yaml': 'format: json\nfail-on: exploited\nheader: false\nrequire: [CVE-2024-21410]\n' });
    const tsv = await runInProcess(['15.2.1544.4', '-f', 'tsv', '--as-of', '2026-11-24'], { cwd, env });
    expect(tsv.stdout.startsWith('id\t')).toBe(false);
    expect(tsv.code).toBe(1);
    const strict = await runInProcess(['15.2.2562.49', '--fail-on', 'any', '--as-of', '2026-11-24'], { cwd, env });
    expect(strict.code).toBe(1);
    const required = await runInProcess(['15.2.2562.53', '--require', 'CVE-2021-26855', '--as-of', '2026-11-24'], { cwd, env });
    expect((JSON.parse(required.stdout) as { required: { id: string }[] }).required.map((entry) => entry.id)).toEqual(['CVE-2021-26855']);
  });

  it('is read from --config FILE too, and skipped with --no-config', async () => {
    const cwd = directoryWith({ 'ci.yaml': 'format: json\n', '.rollup-check.yaml': 'format: tsv\n' });
    expect((await runInProcess(['15.2.1544.4', '--config', 'ci.yaml'], { cwd, env })).stdout.startsWith('{')).toBe(true);
    expect((await runInProcess(['15.2.1544.4'], { cwd, env })).stdout.startsWith('id\t')).toBe(true);
    expect((await runInProcess(['15.2.1544.4', '--no-config'], { cwd, env })).stdout).toMatch(/^Exchange 2019 CU14 /);
  });

  it('sets the catalog options of the catalog queries, not the check-only ones', async () => {
    const cwd = directoryWith({ '.rollup-check.yaml': `format: html\ncatalog: ${JSON.stringify(fixturePath('catalogs/overlays/private-fix.yaml'))}\n` });
    const { code, stdout } = await runInProcess(['explain', 'CONTOSO-1'], { cwd, env });
    expect(code).toBe(0);
    expect(stdout).toContain('CONTOSO-1');
  });

  it.each([
    ['an unknown key', 'formt: json\n', '.rollup-check.yaml:1:1: formt: unknown key "formt"'],
    ['a wrong type', 'grace: soon\n', '.rollup-check.yaml:1:1: grace: must be an integer'],
    ['a value not among the choices', 'format: xml\n', '.rollup-check.yaml:1:1: format: must be one of: text, json'],
    ['a value the option refuses', 'as-of: 2026-02-30\n', '.rollup-check.yaml:1:1: as-of: expected a date as YYYY-MM-DD'],
    ['a YAML error', 'format: [json\n', '.rollup-check.yaml:'],
  ])('refuses %s with file:line:column and exit 2', async (_, text, message) => {
    const cwd = directoryWith({ '.rollup-check.yaml': text });
    const { code, stderr, stdout } = await runInProcess(['15.2.1544.4'], { cwd, env });
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });

  it('refuses a --config file that does not exist', async () => {
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--config', '/nonexistent/ci.yaml'], { env });
    expect(stderr).toBe('rollup-check: /nonexistent/ci.yaml: cannot read the config file: no such file\n');
    expect(code).toBe(2);
  });

  it('gives a monitoring check set up in the file an UNKNOWN result on its errors', async () => {
    const cwd = directoryWith({ '.rollup-check.yaml': 'format: nagios\n' });
    const { code, stdout } = await runInProcess(['15.2.1118'], { cwd, env });
    expect(stdout).toMatch(/^ROLLUP-CHECK UNKNOWN - build text "15.2.1118" states no Exchange build/);
    expect(code).toBe(3);
  });

  it.each([
    ['an unknown option', ['--frobnicate'], 'format: nagios\n'],
    ['a bad value of an option', ['--warning', 'bogus'], 'format: nagios\n'],
    ['a bad value in the file itself', ['15.2.1544.4'], 'format: nagios\ngrace: -1\n'],
  ])('gives a monitoring check set up in the file an UNKNOWN result on %s too', async (_, argv, config) => {
    const cwd = directoryWith({ '.rollup-check.yaml': config });
    const { code, stdout } = await runInProcess(argv, { cwd, env });
    expect(stdout).toMatch(/^ROLLUP-CHECK UNKNOWN - \S.*\n$/);
    expect(code).toBe(3);
  });

  it('takes probe settings as numbers and lists, and they change nothing where nothing is probed', async () => {
    const cwd = directoryWith({ '.rollup-check.yaml': 'probe-timeout: 3\nprobe-concurrency: 8\ninsecure: true\n' });
    const { code, stdout, stderr } = await runInProcess(['15.2.1544.4', '-f', 'json', '--as-of', '2026-11-24'], { cwd, env });
    expect(code).toBe(1);
    expect(stderr).not.toContain('NOT verified');
    expect(JSON.parse(stdout)).not.toHaveProperty('insecure');
  });
});
