import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/helpers.js';
import { runInProcess } from '../../support/run-in-process.js';

const DEMO = ['--no-default-catalog', '--catalog', fixturePath('catalogs/servicing.yaml'), '--as-of', '2020-09-01', '-f', 'prometheus'];
const PROMTOOL = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status === 0;

interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

/**
 * A strict reading of the text exposition format (version 0.0.4): HELP and TYPE before a family's
 * samples, each family in one block, metric and label names as the format allows, label values with
 * only \\, \" and \n escapes, no series twice.
 */
function parseExposition(text: string): Sample[] {
  expect(text.endsWith('\n')).toBe(true);
  const samples: Sample[] = [];
  const closed = new Set<string>();
  const series = new Set<string>();
  let current: string | null = null;
  for (const line of text.slice(0, -1).split('\n')) {
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      if (meta[2] !== current) {
        expect(closed.has(meta[2]!), `${meta[2]} appears in two blocks`).toBe(false);
        if (current !== null) closed.add(current);
        current = meta[2]!;
      }
      if (meta[1] === 'TYPE') expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3]);
      else expect(meta[3]).not.toMatch(/\\[^\\n]/);
      continue;
    }
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\})? (-?[0-9.e+]+|NaN|[+-]Inf)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, labelText = '', value] = match!;
    expect(name, `${name} outside its family's block`).toBe(current);
    const labels = Object.fromEntries(
      [...labelText.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, raw]) => [
        key!,
        raw!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
      ]),
    );
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    expect(series.has(key), `${key} twice`).toBe(false);
    series.add(key);
    samples.push({ name: name!, labels, value: Number(value) });
  }
  return samples;
}

const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined =>
  samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))?.value;

describe('--format prometheus', () => {
  it('writes one build as the exposition format (golden)', async () => {
    const { code, stdout } = await runInProcess(['1.0.110.0', ...DEMO]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# HELP rollup_check_host_info The release a host runs and the one to install (value 1).',
      '# TYPE rollup_check_host_info gauge',
      'rollup_check_host_info{host="1.0.110.0",product="demo",build="1.0.110.0",release="Demo RTM U1",service_line="RTM",recommended="Demo SP2",confidence="exact"} 1',
      "# HELP rollup_check_host_status The host's status: 1 for the status it has, 0 for the others.",
    ]);
    expect(stdout).toContain('rollup_check_host_status{host="1.0.110.0",status="unsupported"} 1\n');
    expect(stdout).toContain(
      [
        'rollup_check_host_exposed_fixes{host="1.0.110.0",severity="critical"} 0',
        'rollup_check_host_exposed_fixes{host="1.0.110.0",severity="high"} 2',
        'rollup_check_host_exposed_fixes{host="1.0.110.0",severity="medium"} 1',
        'rollup_check_host_exposed_fixes{host="1.0.110.0",severity="low"} 1',
        'rollup_check_host_exposed_fixes{host="1.0.110.0",severity="unrated"} 1',
      ].join('\n'),
    );
    expect(stdout).toContain('rollup_check_host_behind_seconds{host="1.0.110.0"} 15897600\n');
    expect(stdout).toContain('rollup_check_catalog_age_seconds 5356800\n');
    const samples = parseExposition(stdout);
    expect(valueOf(samples, 'rollup_check_host_gate_passed')).toBe(0);
    expect(valueOf(samples, 'rollup_check_as_of_timestamp_seconds')).toBe(Date.parse('2020-09-01T00:00:00Z') / 1000);
  });

  it('writes a host list with one series per host and row, escaping label values, and counts hosts by status', async () => {
    const nasty = 'EX"01\\lab';
    const { stdout } = await runInProcess(['--hosts', '-', ...DEMO], { stdin: `${nasty} 1.0.110.0\nEX02 1.2.100.0\nEX02 1.2.100.0\nEX03 garbage\n` });
    const samples = parseExposition(stdout);
    expect(stdout).toContain('rollup_check_host_gate_passed{host="EX\\"01\\\\lab",line="1"} 0\n');
    expect(valueOf(samples, 'rollup_check_host_info', { host: nasty })).toBe(1);
    expect(samples.filter((sample) => sample.name === 'rollup_check_host_gate_passed').map((sample) => `${sample.labels.host}@${sample.labels.line}`)).toEqual([
      `${nasty}@1`,
      'EX02@2',
      'EX02@3',
      'EX03@4',
    ]);
    expect(valueOf(samples, 'rollup_check_host_status', { host: 'EX03', status: 'error' })).toBe(1);
    expect(valueOf(samples, 'rollup_check_hosts', { status: 'current' })).toBe(2);
    expect(valueOf(samples, 'rollup_check_hosts', { status: 'error' })).toBe(1);
    expect(valueOf(samples, 'rollup_check_hosts_failed_gate')).toBe(1);
  });

  it.skipIf(!PROMTOOL)("passes promtool check metrics, lint included (promtool comes with Debian's prometheus package; .ci/run installs it)", async () => {
    for (const argv of [
      ['15.2.1544.4', '--as-of', '2026-11-24', '-f', 'prometheus'],
      ['--hosts', fixturePath('hosts/bad-rows.csv'), '--as-of', '2026-11-24', '-f', 'prometheus'],
    ]) {
      const { stdout } = await runInProcess(argv);
      const check = spawnSync('promtool', ['check', 'metrics'], { input: stdout, encoding: 'utf8' });
      expect(`${check.stdout}${check.stderr}`).toBe('');
      expect(check.status).toBe(0);
    }
  });
});
