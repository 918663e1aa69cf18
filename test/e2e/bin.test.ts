import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binCommand, binShell } from '../support/binary.js';
import { fixturePath } from '../support/helpers.js';

const AS_OF = ['--as-of', '2026-11-24'];

function rollupCheck(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const { NO_COLOR, FORCE_COLOR, ...inherited } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  const [command, commandArgs] = binCommand(args);
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', env: { ...inherited, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function shell(command: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built rollup-check binary', () => {
  it('checks a zero-padded build on the embedded catalog', () => {
    const { status, stdout, stderr } = rollupCheck(['15.02.1118.015', ...AS_OF]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^Exchange 2019 CU12 Oct22SU {2}build 15\.2\.1118\.15/);
    expect(stdout).toContain('Recommended: Exchange SE RTM Sep26SUv2');
    expect(stdout).toContain('install Exchange 2019 CU15 (KB5042461), then upgrade in place to Exchange SE RTM (KB5047155), then Sep26SUv2 (KB5129955)');
    expect(stdout).not.toContain('\u001b[');
    expect(stderr).toBe('rollup-check: warning: Exchange Server 2019 support ended on 2025-10-14\n');
  });

  it('prints JSON that a pipeline can read', () => {
    const { status, stdout } = rollupCheck(['15.2.1544.4', '--format', 'json', ...AS_OF]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { exposed: { id: string }[]; catalog: { file: string; digest: string } };
    expect(report.exposed.map((fix) => fix.id)).toContain('CVE-2024-49040');
    expect(report.catalog.file).toBe('embedded:exchange.yaml');
  });

  it('prints TSV whose first column is the fix id', () => {
    const { stdout } = shell(`${binShell} 14.3.123.4 --format tsv --no-header --as-of 2026-11-24 | cut -f1`);
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['CVE-2020-0688', 'MS13-061', 'MS16-108']));
  });

  it('analyses an old build as of the date given', () => {
    const { status, stdout } = rollupCheck(['8.0.708.3', '--as-of', '2007-07-01']);
    expect(status).toBe(1);
    expect(stdout).toContain('Recommended: Exchange 2007 RU3');
    expect(stdout).toContain('MS07-026');
  });

  it('says that AdminDisplayVersion proves only the CU level', () => {
    const { stderr } = rollupCheck(['Version 15.2 (Build 1118.7)', ...AS_OF]);
    expect(stderr).toContain('run `(Get-Command ExSetup.exe).FileVersionInfo.FileVersion` for the exact build');
  });

  it('rejects an unreadable build string with exit code 2 and one line', () => {
    const { status, stdout, stderr } = rollupCheck(['15.2.1118']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a broken catalog with exit code 3', () => {
    const { status, stderr } = rollupCheck(['--catalog', fixturePath('catalogs/broken/duplicate-key.yaml'), '1.0.0.0']);
    expect(status).toBe(3);
    expect(stderr).toMatch(/duplicate-key\.yaml:4:1: duplicate key "published"\n$/);
  });

  it('places a rule an overlay breaks on the line and column of the overlay, which it first read without positions', () => {
    const file = fixturePath('catalogs/overlays/broken-line.yaml');
    const { status, stdout, stderr } = rollupCheck(['15.2.1544.4', '--catalog', file, ...AS_OF]);
    expect(status).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rollup-check: ${file}:14:13: products[0].lines[0].releases[0].replaces: "Exchange 2019 CU14 Contoso rebuild" replaces "Exchange 2019 CU99 Nov24SU", which is not a release on its line\n`,
    );
  });

  it.skipIf(process.env.ROLLUP_CHECK_EXECUTABLE !== undefined || 'enableCompileCache' in nodeModule)(
    'on Node 20, keeps one code cache for checks on the embedded catalog and one for checks with catalogs of their own, with the same results',
    () => {
      const tmp = mkdtempSync(join(tmpdir(), 'rollup-check-bin-cache-'));
      const folder = join(tmp, `rollup-check-code-cache-${process.getuid?.() ?? 'user'}`);
      const overlay = fixturePath('catalogs/overlays/private-fix.yaml');
      const runs = [[], ['--catalog', overlay], [], ['--catalog', overlay]].map((extra) =>
        rollupCheck(['15.2.1544.4', '-f', 'json', ...AS_OF, ...extra], { TMPDIR: tmp }),
      );
      expect(runs.map((run) => run.status)).toEqual([1, 1, 1, 1]);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[3]!.stdout).toBe(runs[1]!.stdout);
      const caches = readdirSync(folder).sort();
      expect(caches).toHaveLength(2);
      expect(caches[1]!.replace(/\.bin$/, '-catalogs.bin')).toBe(caches[0]);
      expect(caches.every((name) => statSync(join(folder, name)).size > 0)).toBe(true);
    },
  );

  it('exits 4 for a build the catalog cannot place', () => {
    expect(rollupCheck(['99.1.2.3', ...AS_OF]).status).toBe(4);
    expect(rollupCheck(['15.2.2562.99', '--fail-on-newer-build', ...AS_OF]).status).toBe(4);
  });

  it('colours text only when forced outside a terminal', () => {
    expect(rollupCheck(['15.2.1544.4', ...AS_OF], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(rollupCheck(['15.2.1544.4', ...AS_OF], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('does not fail when the reader closes the pipe early', () => {
    const { stdout, stderr } = shell(`${binShell} 15.1.1415.10 --format tsv --as-of 2026-11-24 | head -n 1`);
    expect(stdout).toBe('id\tkind\tseverity\tcvss\texploited\tcertain\tfixed_in\tdate\tcves\tsummary\tnote\turl\tsuppressed\n');
    expect(stderr).not.toContain('Error');
  });
});
