import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/helpers.js';
import { runInProcess } from '../../support/run-in-process.js';

const DEMO = ['--no-default-catalog', '--catalog', fixturePath('catalogs/servicing.yaml'), '--as-of', '2020-09-01', '--max-catalog-age', '90', '-f', 'nagios'];
const EXCHANGE = ['--as-of', '2026-11-24', '-f', 'nagios'];

/** Performance data as the Monitoring Plugins guidelines define it: space-separated `'label'=value[UOM];[warn];[crit];[min];[max]`. */
const PERFDATA_ITEM = /^(?:'(?:[^'=]|'')+'|[^'= ]+)=-?[0-9.]+(?:[a-zA-Z%]*)?(?:;-?[0-9.~:@]*){0,4}$/;

function parsePluginOutput(stdout: string): { state: string; text: string; perf: Record<string, number>; long: string[] } {
  const [first, ...rest] = stdout.replace(/\n$/, '').split('\n');
  const match = /^ROLLUP-CHECK (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]*?)(?: \| (.*))?$/.exec(first!);
  expect(match, first).not.toBeNull();
  const items = (match![3] ?? '').split(' ').filter(Boolean);
  for (const item of items) expect(item).toMatch(PERFDATA_ITEM);
  const perf = Object.fromEntries(
    items.map((item) => [item.slice(0, item.lastIndexOf('=')).replace(/^'|'$/g, ''), Number(item.slice(item.lastIndexOf('=') + 1).split(';')[0])]),
  );
  for (const line of rest) expect(line).not.toContain('|');
  return { state: match![1]!, text: match![2]!, perf, long: rest };
}

describe('--format nagios for one build', () => {
  it('prints one status line with performance data, the gate reasons and the catalog (golden)', async () => {
    const { code, stdout } = await runInProcess(['1.0.110.0', ...DEMO]);
    const parsed = parsePluginOutput(stdout);
    expect(parsed.state).toBe('CRITICAL');
    expect(parsed.perf).toEqual({ critical: 0, high: 2, medium: 1, low: 1, exploited: 0, uncertain: 0, unconfirmed: 0, days_behind: 184 });
    expect(stdout.split('\n')[0]).toBe(
      "ROLLUP-CHECK CRITICAL - 1.0.110.0: Demo RTM U1 (unsupported): 5 missing (2 high, 1 medium, 1 low, 1 unrated); install Demo SP2 | 'critical'=0;;;0 'high'=2;;;0 'medium'=1;;;0 'low'=1;;;0 'exploited'=0;;;0 'uncertain'=0;;;0 'unconfirmed'=0;;;0 'days_behind'=184;;;0",
    );
    expect(parsed.long.slice(0, 2)).toEqual([
      'gate: lacks 5 fixes at or above the any level: SEC-2, SEC-5, SEC-3, SEC-4, BUG-3',
      'gate: line RTM out of support since 2020-06-30: install Demo SP2',
    ]);
    expect(code).toBe(2);
  });

  it.each([
    ['a server that passes the gate and lacks nothing: OK', ['15.2.2562.53'], 'OK', 0],
    ['a server that fails the gate: CRITICAL', ['15.2.1748.10'], 'CRITICAL', 2],
    ['a server that lacks only fixes below the gate level: WARNING', ['15.2.2562.49', '--fail-on', 'critical'], 'WARNING', 1],
    ['the same with --critical, the monitoring name of --fail-on', ['15.2.2562.49', '--critical', 'critical'], 'WARNING', 1],
    ['the same below the warning level too: OK', ['15.2.2562.49', '--critical', 'critical', '--warning', 'critical'], 'OK', 0],
    ['a build the catalog cannot place: UNKNOWN', ['6.5.7638.1'], 'UNKNOWN', 3],
  ])('%s', async (_, argv, state, code) => {
    const run = await runInProcess([...argv, ...EXCHANGE]);
    expect(parsePluginOutput(run.stdout).state).toBe(state);
    expect(run.code).toBe(code);
  });

  it.each([
    ['an unreadable build string', ['15.2.1118', ...EXCHANGE]],
    ['an unknown option', ['15.2.1544.4', '--frobnicate', ...EXCHANGE]],
    ['a broken catalog', ['1.0.100.0', '--catalog', fixturePath('catalogs/broken/wrong-types.yaml'), ...EXCHANGE]],
    ['--critical and --fail-on at odds', ['15.2.1544.4', '--critical', 'high', '--fail-on', 'low', ...EXCHANGE]],
  ])('turns %s into UNKNOWN (exit 3) with a status line on stdout', async (_, argv) => {
    const { code, stdout } = await runInProcess(argv);
    expect(stdout).toMatch(/^ROLLUP-CHECK UNKNOWN - \S.*\n$/);
    expect(code).toBe(3);
  });

  it('keeps the performance-data separator and line breaks out of untrusted text', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', '--as-of', '2026-11-24', '-f', 'nagios'], { stdin: 'EX|01\u0007 15.2.1748.10\n' });
    const parsed = parsePluginOutput(stdout);
    expect(parsed.long[0]).toMatch(/^CRITICAL: EX\/01 +- Exchange 2019 CU15 /);
  });
});

describe('--format nagios for a host list', () => {
  it('summarises the hosts by state, lists those not OK and counts hosts by what they lack', async () => {
    const { code, stdout } = await runInProcess(['--hosts', fixturePath('hosts/bad-rows.csv'), ...EXCHANGE]);
    const parsed = parsePluginOutput(stdout);
    expect(parsed.state).toBe('CRITICAL');
    expect(parsed.text).toBe('5 hosts: 2 critical, 2 unknown, 1 ok');
    expect(parsed.perf).toMatchObject({ hosts: 5, ok: 1, warning: 0, critical: 2, unknown: 2, lacking_critical: 2 });
    expect(parsed.long.filter((line) => /^(CRITICAL|UNKNOWN): /.test(line)).map((line) => line.split(' - ')[0])).toEqual([
      'CRITICAL: EX01',
      'CRITICAL: ex01',
      'UNKNOWN: EX02',
      'UNKNOWN: EX03',
    ]);
    expect(code).toBe(2);
  });

  it('is OK for a fleet that passes, and WARNING when its catalog is stale', async () => {
    const current = await runInProcess(['--hosts', '-', '--as-of', '2026-11-24', '-f', 'nagios'], { stdin: 'EX01 15.2.2562.53\n' });
    expect(parsePluginOutput(current.stdout).state).toBe('OK');
    expect(current.code).toBe(0);
    const stale = await runInProcess(['--hosts', '-', '--as-of', '2026-11-24', '--max-catalog-age', '10', '-f', 'nagios'], { stdin: 'EX01 15.2.2562.53\n' });
    expect(parsePluginOutput(stale.stdout)).toMatchObject({ state: 'WARNING', text: '1 host: 1 ok (the catalog is older than --max-catalog-age)' });
    expect(stale.code).toBe(1);
  });
});
