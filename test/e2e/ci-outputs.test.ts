import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const OLD = '15.2.1544.4';
const AS_OF = ['--as-of', '2026-11-24'];
const dir = mkdtempSync(join(tmpdir(), 'rollup-check-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: readonly string[]): { status: number | null; stdout: string; stderr: string } => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', input: '' });
};

describe('CI outputs for a single build', () => {
  it.each(['sarif', 'junit', 'markdown'])('%s names the build string, never stdin or a line', (format) => {
    const { status, stdout } = run([OLD, ...AS_OF, '-f', format]);
    expect(status).toBe(1);
    expect(stdout).toContain(OLD);
    expect(stdout).not.toMatch(/stdin|\(line 1\)|"startLine"/);
  });

  it('SARIF names the build as the logical location of each result', () => {
    const log = JSON.parse(run([OLD, ...AS_OF, '-f', 'sarif']).stdout) as { runs: { results: { locations: { logicalLocations: { name: string }[] }[] }[] }[] };
    const names = log.runs[0]!.results.map((result) => result.locations[0]!.logicalLocations[0]!.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([OLD]));
  });

  it('markdown lists every missing fix, folded, and counts in correct English', () => {
    const markdown = run([OLD, ...AS_OF, '-f', 'markdown']).stdout;
    const json = JSON.parse(run([OLD, ...AS_OF, '-f', 'json']).stdout) as { exposed: { id: string }[] };
    expect(json.exposed.length).toBeGreaterThan(10);
    for (const fix of json.exposed) expect(markdown).toContain(`| ${fix.id} |`);
    expect(markdown).toContain(`<summary>${json.exposed.length} missing fixes</summary>`);
    expect(markdown).toContain('1 host checked; 1 failed the gate, 0 findings suppressed.');
    expect(markdown).not.toMatch(/\b1 hosts\b/);
  });

  it('the ignore file lists all its problems at once, with positions', () => {
    writeFileSync(
      join(dir, 'bad.yaml'),
      'ignore:\n  - { id: CVE-2024-26198, reason: 3 }\n  - { id: CVE-2024-26198, reason: r, expires: 2020-13-45 }\n  - { id: CVE-2024-26198, reason: r, hosts: "{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}" }\n',
    );
    const { status, stderr } = run([OLD, ...AS_OF, '--ignore-file', 'bad.yaml']);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^rollup-check: bad\.yaml:2:\d+: ignore\[0\]\.reason: must be a string$/),
      expect.stringMatching(/^bad\.yaml:3:\d+: ignore\[1\]\.expires: 2020-13-45 is not a calendar date$/),
      expect.stringMatching(/^bad\.yaml:4:\d+: ignore\[2\]\.hosts: not a usable host glob: it expands to more than 256 alternatives$/),
    ]);
  });

  it('warns of an ignore entry whose id the catalog does not know', () => {
    writeFileSync(join(dir, 'unknown.yaml'), 'ignore:\n  - { id: CVE-2099-99999, reason: typo }\n');
    const { stderr } = run([OLD, ...AS_OF, '--ignore-file', 'unknown.yaml']);
    expect(stderr).toContain(
      'rollup-check: warning: unknown.yaml:2: ignore entry for CVE-2099-99999: CVE-2099-99999 is not in the catalog (check the id), so it suppresses nothing',
    );
  });
});
