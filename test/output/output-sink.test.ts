import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binCommand } from '../support/binary.js';
import { runInProcess } from '../support/run-in-process.js';

const HOSTS = 'Name,Build\nEX01,15.2.1544.4\nEX02,15.2.2562.53\n';

describe('report files', () => {
  it('writes several formats from one run next to the text on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollup-check-out-'));
    const { code, stdout } = await runInProcess(
      [
        '--hosts',
        '-',
        '--as-of',
        '2026-11-24',
        '-o',
        `json=${join(dir, 'report.json')}`,
        '-o',
        `junit=${join(dir, 'junit.xml')}`,
        '-o',
        `markdown=${join(dir, 'summary.md')}`,
      ],
      { stdin: HOSTS },
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^EX01 /m);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { hosts: unknown[] }).hosts).toHaveLength(2);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testcase classname="exchange-2019" name="EX01"');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^## rollup-check/);
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'report.json', 'summary.md']);
  });

  it('leaves no report behind when the run fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollup-check-out-'));
    const { code } = await runInProcess(['--hosts', '-', '-o', `json=${join(dir, 'report.json')}`], { stdin: 'Name,Colour\nEX01,blue\n' });
    expect(code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never leaves a half-written report when the run is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollup-check-out-'));
    const hosts = join(dir, 'hosts.txt');
    writeFileSync(hosts, Array.from({ length: 400_000 }, (_, index) => `EX${index}\t15.2.1118.${index % 40}\n`).join(''));
    const report = join(dir, 'report.tsv');
    const child = spawn(...binCommand(['--hosts', hosts, '--as-of', '2026-11-24', '-f', 'tsv', '-o', `tsv=${report}`]), { stdio: 'ignore' });
    const temporary = (): string | undefined => readdirSync(dir).find((name) => name.endsWith('.tmp'));
    for (let waited = 0; temporary() === undefined && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects an unknown output format', async () => {
    const { code, stderr } = await runInProcess(['15.2.1544.4', '-o', 'pdf=report.pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected FORMAT=FILE with FORMAT one of text, json, ndjson, tsv, junit, sarif, markdown');
  });
});
