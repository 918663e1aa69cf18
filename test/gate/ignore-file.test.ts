import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

const DEMO = ['--catalog', fixturePath('catalogs/servicing.yaml'), '--as-of', '2020-09-01'];
const withIgnore = (name: string): string[] => ['--ignore-file', fixturePath(`ignore/${name}`)];

describe('the ignore file', () => {
  it('suppresses accepted fixes, counts them, and lists them only with --show-suppressed', async () => {
    const hidden = await runInProcess(['1.0.110.0', ...DEMO, ...withIgnore('valid.yaml')]);
    expect(hidden.stdout).toContain('Lacks 4 fixes (1 more suppressed; --show-suppressed lists them):');
    expect(hidden.stdout).not.toMatch(/^ {4}SEC-2 /m);
    const shown = await runInProcess(['1.0.110.0', ...DEMO, ...withIgnore('valid.yaml'), '--show-suppressed']);
    expect(shown.stdout).toMatch(/^ {4}SEC-2 .*\[suppressed: Mitigated by a reverse proxy rule until 2030-01-01\]$/m);
    const json = JSON.parse((await runInProcess(['1.0.110.0', ...DEMO, ...withIgnore('valid.yaml'), '-f', 'json'])).stdout) as { suppressedCount: number };
    expect(json.suppressedCount).toBe(1);
  });

  it('reports expired entries and entries that matched nothing, with their line', async () => {
    const file = fixturePath('ignore/valid.yaml');
    const { stderr } = await runInProcess(['1.0.110.0', ...DEMO, '--ignore-file', file]);
    expect(stderr).toContain(`rollup-check: warning: ${file}:9: ignore entry for SEC-3 expired on 2020-01-31; it no longer suppresses anything\n`);
    expect(stderr).toContain(`rollup-check: warning: ${file}:6: ignore entry for SEC-5 matched nothing\n`);
    expect(stderr).toContain(`rollup-check: warning: ${file}:12: ignore entry for BUG-1 matched nothing\n`);
  });

  it('applies host patterns case-insensitively in a host list', async () => {
    const hosts = 'Name,Build\nlab-01,1.0.110.0\nPROD-01,1.0.110.0\n';
    const { stdout } = await runInProcess(['--hosts', '-', ...DEMO, ...withIgnore('valid.yaml'), '-f', 'tsv'], { stdin: hosts });
    const suppressed = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[12]);
    expect(suppressed).toEqual(['2', '1']);
  });

  it.each([
    ['unknown-key.yaml', ['unknown-key.yaml:4:5: ignore[0].until: unknown key "until"']],
    ['bad-date.yaml', ['bad-date.yaml:7:5: ignore[1].expires: must be a date as YYYY-MM-DD']],
    ['missing-reason.yaml', ['missing-reason.yaml:2:5: ignore[0]: missing required key "reason"']],
  ])('refuses %s with exit code 2 and every problem at its position', async (name, problems) => {
    const { code, stderr } = await runInProcess(['1.0.110.0', ...DEMO, ...withIgnore(name)]);
    expect(code).toBe(2);
    for (const problem of problems) expect(stderr).toContain(problem);
  });

  it('refuses an impossible expiry date', async () => {
    const { code, stderr } = await runInProcess(['1.0.110.0', ...DEMO, '--ignore-file', fixturePath('ignore/impossible-date.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/impossible-date\.yaml:4:5: ignore\[0\]\.expires: 2030-02-30 is not a calendar date\n$/);
  });

  it('reads .rollupcheck-ignore.yaml from the working directory by default', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rollup-check-ignore-'));
    copyFileSync(fixturePath('ignore/valid.yaml'), join(cwd, '.rollupcheck-ignore.yaml'));
    const { stdout } = await runInProcess(['1.0.110.0', ...DEMO, '-f', 'json'], { cwd });
    expect((JSON.parse(stdout) as { suppressedCount: number }).suppressedCount).toBe(1);
  });

  it('names a missing ignore file given on the command line', async () => {
    const { code, stderr } = await runInProcess(['1.0.110.0', ...DEMO, '--ignore-file', '/nonexistent/ignore.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('rollup-check: /nonexistent/ignore.yaml: cannot read the ignore file: no such file\n');
  });
});
