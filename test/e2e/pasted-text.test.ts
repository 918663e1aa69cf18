import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/helpers.js';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built binary, as a person runs it: pasted text as the build string, or a paste on stdin; as of the catalog's date. */
function rollupCheck(args: string[], input?: string): Run {
  return spawnBinary([...args, ...(args[0] === 'help' ? [] : ['--as-of', '2026-11-24'])], input);
}

function spawnBinary(args: string[], input?: string): Run {
  const { NO_COLOR, FORCE_COLOR, ...inherited } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...inherited, CI: 'true' },
    ...(input === undefined ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const paste = (name: string): string => readFileSync(fixturePath(name), 'utf8');
const json = (run: Run): { input: { form: string }; confidence: string; installed: { name: string | null }; status: string } => JSON.parse(run.stdout) as never;

describe('the built binary on a single server’s pasted text', () => {
  it.each([
    ['a HealthChecker report', 'build-text/health-checker-exchange-2019.txt', 'health-checker', 'exact', 'Exchange 2019 CU14 Nov24SUv2'],
    ['reg query of the Setup key', 'build-text/reg-query-setup.txt', 'registry-setup', 'cu-level', 'Exchange 2019 CU15'],
    ['a .reg export', 'build-text/setup-key.reg', 'registry-setup', 'cu-level', 'Exchange 2016 CU23'],
    ['Get-ItemProperty of the Setup key', 'build-text/get-itemproperty-setup.txt', 'registry-setup', 'cu-level', 'Exchange 2019 CU14'],
    ['Export-Clixml of FileVersionInfo', 'build-text/exsetup-fileversioninfo.clixml', 'clixml', 'exact', 'Exchange 2019 CU14'],
    ['a setup log', 'build-text/exchangesetup-install.log', 'setup-log', 'exact', 'Exchange 2019 CU15'],
    ['curl -I of OWA', 'build-text/curl-owa-headers.txt', 'http-header', 'exact', 'Exchange 2019 CU14 Mar24SU'],
    ['a Received: header', 'build-text/mail-header-on-premises.txt', 'mail-header', 'exact', 'Exchange 2019 CU14 Nov24SUv2'],
    ['the AD serialNumber', 'build-text/get-adobject-serialnumber.txt', 'ad-serial-number', 'cu-level', 'Exchange 2016 CU23'],
    ['Get-ExchangeServer | fl of one server', 'build-text/get-exchangeserver-fl.txt', 'admin-display-version', 'cu-level', 'Exchange 2019 CU14'],
  ])('reads %s (exit 1: an exposed server)', (_, file, form, confidence, release) => {
    const run = rollupCheck([paste(file), '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(json(run)).toMatchObject({ input: { form }, confidence, installed: { name: release } });
  });

  it.each([
    ['an Exchange 2003 server object', 'build-text/exchange-2003-serialnumber.txt', 'Exchange Server 2003'],
    ['a typed Exchange Online build', null, 'Exchange Online'],
  ])('reads %s and says which product the catalog does not cover (exit 4)', (_, file, product) => {
    const run = rollupCheck([file === null ? '15.20.8466.31' : paste(file)]);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`is a build of ${product}, a product this catalog does not cover`);
    expect(run.stderr).not.toContain('no product in the catalog covers this build');
  });

  it.each([
    ['a Format-Table cut off by a narrow console', paste('build-text/get-exchangeserver-ft-narrow.txt'), /looks truncated on line 4/],
    ['two servers’ builds', paste('build-text/get-exchangeserver-ft-two-servers.txt'), /states 2 different builds: 15\.2\.1544\.4 .* and 15\.2\.1258\.12 /],
    ['a right-to-left override', '15.2.\u202E7.8111', /contains the bidirectional control U\+202E/],
    ['100,000 characters of numbers', '1.2.3.4 '.repeat(12_500), /states no Exchange build/],
  ])('refuses %s in one line, exit 2, no stack trace', (_, text, message) => {
    const started = Date.now();
    const run = rollupCheck([text]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('the built binary on pasted host lists', () => {
  const hostsOf = (run: Run): [string, string, string][] =>
    run.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map((fields) => [fields[0]!, fields[1]!, fields[2]!]);

  it.each([
    ['a Format-Table with its prompt lines, on stdin', 'hosts/format-table-prompt.txt', []],
    ['a Format-Table with its prompt lines, with --hosts -', 'hosts/format-table-prompt.txt', ['--hosts', '-']],
    ['a transcript, on stdin', 'hosts/transcript-format-table.txt', []],
    ['Format-List for several servers, on stdin', 'hosts/format-list-servers.txt', []],
    ['the ServerName/ExchangeVersion/BuildNumber TSV, with --hosts -', 'hosts/buildnumber-servername.tsv', ['--hosts', '-']],
  ])('reads %s', (_, file, args) => {
    const run = rollupCheck([...args, '--format', 'tsv'], paste(file));
    expect(run.stderr).not.toContain('JSON');
    expect(hostsOf(run).map(([host]) => host)).toEqual(
      {
        'hosts/format-table-prompt.txt': ['EX01', 'EX02', 'EX2013', 'EDGE01'],
        'hosts/transcript-format-table.txt': ['EX01', 'EX02', 'EX03', 'EDGE01'],
        'hosts/format-list-servers.txt': ['EX01', 'EX02', 'EX2013', 'EDGE01'],
        'hosts/buildnumber-servername.tsv': ['EX01', 'EX02', 'EX03', 'EX04'],
      }[file],
    );
  });

  it('reads a transcript file given with --hosts, every host analysed', () => {
    const run = rollupCheck(['--hosts', fixturePath('hosts/transcript-format-table.txt'), '--format', 'tsv']);
    expect(run.status).toBe(1);
    expect(hostsOf(run)).toEqual([
      ['EX01', '24', 'unsupported'],
      ['EX02', '25', 'unsupported'],
      ['EX03', '26', 'unsupported'],
      ['EDGE01', '27', 'behind'],
    ]);
  });

  it('keeps every row of a Format-List, the one without a build as an error host with the reason (exit 2)', () => {
    const run = rollupCheck(['--hosts', fixturePath('hosts/format-list-servers.txt'), '--format', 'tsv']);
    expect(run.status).toBe(2);
    const rows = run.stdout.trim().split('\n');
    expect(rows.map((row) => row.split('\t').slice(0, 3).join(' ')).slice(1)).toEqual([
      'EX01 4 unsupported',
      'EX02 10 unsupported',
      'EX2013 16 unsupported',
      'EDGE01 22 error',
    ]);
    expect(rows.at(-1)).toContain('is an AD object version (ExchangeVersion), not a server build');
  });

  it('refuses the cut-off cells of a narrow Format-Table, never completing them', () => {
    const run = rollupCheck(['--hosts', fixturePath('hosts/format-table-narrow.txt'), '--format', 'tsv']);
    expect(run.status).toBe(2);
    expect(hostsOf(run)).toEqual([
      ['EX01', '5', 'error'],
      ['EX02', '6', 'error'],
    ]);
    expect(run.stdout).toContain('looks truncated');
  });
});

describe('the built binary on the words people type', () => {
  it('explains a release by its KB', () => {
    const run = rollupCheck(['explain', 'KB5121574']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Exchange 2019 CU15 Aug26SU {2}build 15\.2\.1748\.49/);
  });

  it('says an unknown CVE is not in the catalog, with the nearest it knows (exit 4)', () => {
    const run = rollupCheck(['explain', 'CVE-2099-1234']);
    expect(run.status).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^rollup-check: CVE-2099-1234 is not in the catalog \(published [\d-]+\): no fix or release goes by it; the nearest it knows: CVE-\S+, CVE-\S+, CVE-\S+\n$/,
    );
  });

  it('suggests the command a typo meant, never reading it as a build (exit 2)', () => {
    const run = rollupCheck(['relases']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command "relases"; did you mean "releases"?');
  });

  it('prints the help of a command', () => {
    const run = rollupCheck(['help', 'explain']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: rollup-check explain \[options\] <subject\.\.\.>/);
  });

  it.each([
    ['Exchange Server 2019 CU14', 'Exchange 2019 CU14'],
    ['Exchange Server 2019 Cumulative Update 14', 'Exchange 2019 CU14'],
    ['Exchange 2019 CU14 Nov24SU v2', 'Exchange 2019 CU14 Nov24SUv2'],
  ])('checks %j as the release %s', (name, release) => {
    const run = rollupCheck([name, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run)).toMatchObject({ input: { form: 'release-name' }, installed: { name: release } });
  });
});
