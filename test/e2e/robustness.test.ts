import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binShell } from '../support/binary.js';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

const AS_OF = ['--as-of', '2026-11-24'];
const tsvRows = (stdout: string): string[][] =>
  stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

describe('fleet runs with awkward input and output', () => {
  it('refuses an -o path it cannot write, before analysing, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollup-check-out-'));
    const { code, stderr } = await runInProcess(['--hosts', '-', ...AS_OF, '-o', `json=${join(dir, 'ok.json')}`, '-o', 'sarif=/nonexistent/dir/x.sarif'], {
      stdin: 'EX01 15.2.1544.4\n',
    });
    expect(code).toBe(2);
    expect(stderr).toBe('rollup-check: cannot write /nonexistent/dir/x.sarif: no such directory\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['/nonexistent/hosts.csv', 'cannot read host list /nonexistent/hosts.csv: no such file'],
    [tmpdir(), `cannot read host list ${tmpdir()}: it is a directory`],
  ])('names an unreadable host list %s in one line with exit code 2', async (path, message) => {
    const { code, stderr } = await runInProcess(['--hosts', path, ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toBe(`rollup-check: ${message}\n`);
  });

  it('keeps CSV rows in input order, unreadable ones included', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', ...AS_OF, '-f', 'tsv'], {
      stdin: 'Name,Build\nEX01,15.2.1544.4\n,\nEX02,15.2.2562.53\n"EX03,15.2.1544.4\n',
    });
    expect(tsvRows(stdout).map((row) => [row[0], row[1], row[2]])).toEqual([
      ['EX01', '2', 'unsupported'],
      ['', '3', 'error'],
      ['EX02', '4', 'current'],
      ['', '5', 'error'],
    ]);
  });

  it('skips comment lines before a CSV header', async () => {
    const { code, stdout } = await runInProcess(['--hosts', '-', ...AS_OF, '-f', 'tsv'], { stdin: '# exported from EX-MGMT\nName,Build\nEX01,15.2.2562.53\n' });
    expect(code).toBe(0);
    expect(tsvRows(stdout).map((row) => [row[0], row[1]])).toEqual([['EX01', '3']]);
  });

  it('reads a single JSON object as PowerShell ConvertTo-Json prints one host', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', ...AS_OF, '-f', 'tsv'], {
      stdin: '{\n  "Name": "EX01",\n  "AdminDisplayVersion": "Version 15.2 (Build 2562.17)"\n}\n',
    });
    expect(tsvRows(stdout).map((row) => [row[0], row[2]])).toEqual([['EX01', 'behind']]);
  });

  it('writes no report and exits 2 when the list holds no host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollup-check-out-'));
    const { code, stdout } = await runInProcess(['--hosts', '-', ...AS_OF, '-f', 'ndjson', '-o', `json=${join(dir, 'report.json')}`], {
      stdin: 'Name,Build\n',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes the gate when every missing fix is suppressed', async () => {
    const { code } = await runInProcess([
      '1.0.110.0',
      '--catalog',
      fixturePath('catalogs/servicing.yaml'),
      '--as-of',
      '2020-03-05',
      '--ignore-file',
      fixturePath('ignore/valid.yaml'),
    ]);
    expect(code).toBe(0);
  });

  it('stops quietly when the reader of a host list closes the pipe', () => {
    const hosts = join(mkdtempSync(join(tmpdir(), 'rollup-check-pipe-')), 'hosts.txt');
    writeFileSync(hosts, Array.from({ length: 50_000 }, (_, index) => `EX${index} 15.2.1544.4\n`).join(''));
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `${binShell} --hosts ${hosts} --as-of 2026-11-24 -f ndjson | head -c 100 > /dev/null`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
  });
});
