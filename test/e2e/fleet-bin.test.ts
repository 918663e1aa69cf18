import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binCommand } from '../support/binary.js';

function rollupCheck(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const [command, commandArgs] = binCommand(['--as-of', '2026-11-24', ...args]);
  const result = spawnSync(command, commandArgs, { input, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const POWERSHELL_CSV =
  '\uFEFF#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.ExchangeServer\r\n"Name","AdminDisplayVersion"\r\n"EX01","Version 15.2 (Build 1748.10)"\r\n"EX02","Version 15.2 (Build 2562.17)"\r\n';

describe('the built binary on a host list from stdin', () => {
  it('reads a host list piped in without a build string and streams one record per host, then a summary', () => {
    const { status, stdout } = rollupCheck(['-f', 'ndjson'], POWERSHELL_CSV);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; host?: string; status?: string });
    expect(records.map((record) => [record.type, record.host, record.status])).toEqual([
      ['run', undefined, undefined],
      ['host', 'EX01', 'unsupported'],
      ['host', 'EX02', 'behind'],
      ['summary', undefined, undefined],
    ]);
    expect(status).toBe(1);
  });

  it('exits with the worst outcome over all hosts', () => {
    expect(rollupCheck(['--hosts', '-'], 'EX01 15.2.2562.53\n').status).toBe(0);
    expect(rollupCheck(['--hosts', '-'], 'EX01 15.2.2562.53\nEX02 15.2.1748.10\n').status).toBe(1);
    expect(rollupCheck(['--hosts', '-'], 'EX01 15.2.2562.53\nEX02 15.2.1748.10\nEX03 99.1.2.3\n').status).toBe(4);
    expect(rollupCheck(['--hosts', '-'], 'EX01 15.2.2562.53\nEX03 99.1.2.3\nEX04 not-a-build\n').status).toBe(2);
  });

  it('keeps stdout machine-readable and never shows a spinner in CI', () => {
    const { stdout, stderr } = rollupCheck(['--hosts', '-', '-f', 'tsv', '--no-header'], 'EX01 15.2.2562.53\nEX04 not-a-build\n');
    expect(stdout.split('\n')[1]).toMatch(/^EX04\t2\terror\t/);
    expect(stderr).toBe('');
  });

  it('gates on severity and required fixes', () => {
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'exploited'], 'EX01 15.2.2562.49\n').status).toBe(0);
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'exploited'], 'EX01 15.2.2562.37\n').status).toBe(1);
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'none'], 'EX01 15.2.1748.10\n').status).toBe(1);
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'none', '--no-fail-on-unsupported'], 'EX01 15.2.1748.10\n').status).toBe(0);
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'none', '--no-fail-on-unsupported', '--require', 'CVE-2025-53786'], 'EX01 15.2.1748.10\n').status).toBe(1);
    expect(rollupCheck(['--hosts', '-', '--fail-on', 'none', '--no-fail-on-unsupported', '--require', 'CVE-2025-53786'], 'EX01 15.2.1748.24\n').status).toBe(0);
  });

  it('refuses an unknown fix id in --require', () => {
    const { status, stderr } = rollupCheck(['--hosts', '-', '--require', 'CVE-1999-0001'], 'EX01 15.2.1748.10\n');
    expect(status).toBe(2);
    expect(stderr).toBe('rollup-check: --require names fixes the catalog does not know: CVE-1999-0001\n');
  });

  it('says so when the list holds no host', () => {
    const { status, stderr } = rollupCheck(['--hosts', '-'], '\n# nothing here\n');
    expect(status).toBe(2);
    expect(stderr).toBe('rollup-check: no hosts in stdin\n');
  });
});

describe('the built binary on a host list that arrives slowly', () => {
  it('writes each record as soon as its row is complete, before the rest of the list arrives', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(...binCommand(['--hosts', '-', '--format', 'tsv', '--no-header', '--as-of', '2026-11-24']), {
      env: { ...process.env, CI: 'true' },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    const shown = async (host: string): Promise<void> => {
      for (let waited = 0; !stdout.includes(host); waited += 20) {
        if (waited > 30_000) throw new Error(`no record for ${host} while the list is still open; got ${JSON.stringify(stdout)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    child.stdin.write('Name\tBuild\nEX01\t15.2.2562.46\nEX02\t15.2.1748.10\nEX03\t15.2.1544.4\n');
    await shown('EX03');
    child.stdin.write('EX04\t15.1.2507.72\n');
    await shown('EX04');
    child.stdin.end();
    const status = await new Promise((resolve) => child.once('close', resolve));
    expect(stdout.split('\n').map((line) => line.split('\t')[0])).toEqual(['EX01', 'EX02', 'EX03', 'EX04', '']);
    expect(status).toBe(1);
  }, 60_000);
});
