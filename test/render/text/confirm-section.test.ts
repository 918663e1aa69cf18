import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../support/run-in-process.js';

const AS_OF = ['--as-of', '2026-11-24'];

describe('the section "to confirm on the server" in the text report', () => {
  it('comes before the verdict in the report of a build that has fixes whose protection needs a step', async () => {
    const { stdout } = await runInProcess(['15.2.2562.53', ...AS_OF]);
    const section = stdout.slice(stdout.indexOf('To confirm on the server'));
    expect(section.split('\n')[1]).toBe('  ! CVE-2024-21410  Protection comes from Extended Protection; make sure it is enabled on the server');
    expect(stdout.indexOf('To confirm on the server')).toBeLessThan(stdout.indexOf('Verdict:'));
    expect(stdout.indexOf('To confirm on the server')).toBeGreaterThan(0);
  });

  it('is left out when an ignore file confirms every step, and shows the confirmation with --show-suppressed', async () => {
    const report = JSON.parse((await runInProcess(['15.2.2562.53', '-f', 'json', ...AS_OF])).stdout) as { unconfirmed: { id: string }[] };
    const ignore = `ignore:\n${report.unconfirmed.map((step) => `  - id: ${step.id}\n    reason: checked with HealthChecker\n`).join('')}`;
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-check-confirm-')), 'ignore.yaml');
    writeFileSync(file, ignore);
    expect((await runInProcess(['15.2.2562.53', '--ignore-file', file, ...AS_OF])).stdout).not.toContain('To confirm on the server');
    expect((await runInProcess(['15.2.2562.53', '--ignore-file', file, '--show-suppressed', ...AS_OF])).stdout).toContain(
      'CVE-2024-21410  Protection comes from Extended Protection; make sure it is enabled on the server (confirmed: checked with HealthChecker)',
    );
  });

  it('follows the summary of a host list, with the number of hosts per step', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', ...AS_OF], { stdin: 'EX01 15.2.2562.53\nEX02 15.2.2562.49\nEX03 15.2.1118.7\n' });
    expect(stdout).toContain('To confirm on the server: 2 hosts have fixes whose protection also needs a step the build cannot show');
    expect(stdout).toMatch(/^ {2}CVE-2024-21410 {3}on 2 hosts: Protection comes from Extended Protection/m);
  });
});
