import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, type HostileCase } from './hostile-cases.js';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'rollup-check-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const environment = (extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(root, 'cache'), NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
};

/** Runs one case of the built binary in a directory of its own; returns what a user sees. */
export function runCase(testCase: HostileCase, cwd: string): { code: number | null; stdout: string; stderr: string } {
  for (const [name, content] of Object.entries(testCase.files ?? {})) writeFileSync(join(cwd, name), content);
  const result = spawnSync(process.execPath, [BIN, ...testCase.args], {
    cwd,
    env: environment(testCase.env),
    input: testCase.stdin ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hostile and faulty input: a documented exit code and one clear line, never a hang or a stack trace', () => {
  it.each(HOSTILE_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
    const cwd = mkdtempSync(join(root, 'case-'));
    const { code, stdout, stderr } = runCase(testCase, cwd);
    expect(code, stderr.slice(0, 500)).toBe(testCase.code);
    expect(stderr).not.toMatch(/internal error|\n\s+at |Error: /);
    const errors = stderr.split('\n').filter((line) => line !== '' && !line.startsWith('rollup-check: warning: '));
    expect(errors.length, stderr.slice(0, 500)).toBeLessThanOrEqual(testCase.code === 3 ? 22 : testCase.error ? 4 : 1);
    for (const line of errors) expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(600);
    if (testCase.error) expect(errors[0] ?? '').toMatch(testCase.error);
    if (testCase.rows) {
      const rows = stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'));
      expect(rows.map((row) => Number(row[1]))).toEqual(testCase.rows.lines);
      expect(rows.filter((row) => row[2] === 'error').map((row) => Number(row[1]))).toEqual(testCase.rows.unreadable);
    }
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
