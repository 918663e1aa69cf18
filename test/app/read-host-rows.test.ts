import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/shared/errors.js';
import type { HostsFormat } from '../../src/parse/hosts/detect-format.js';
import type { HostRow } from '../../src/parse/hosts/host-row.js';
import { readHostRows } from '../../src/app/read-host-rows.js';
import { openHostList } from '../../src/input/host-list-source.js';
import { HOST_LISTS, hostList, type ExpectedHostRow } from '../fixtures/hosts/host-lists.js';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

const hostListPath = (file: string): string => fixturePath(`hosts/${file}`);

async function readRows(file: string, format: HostsFormat | null = null): Promise<HostRow[]> {
  const rows: HostRow[] = [];
  for await (const batch of readHostRows(
    openHostList(hostListPath(file), async function* () {}),
    format,
  ))
    rows.push(...batch);
  return rows;
}

const matching = (rows: readonly ExpectedHostRow[]): unknown[] =>
  rows.map((row) => ({ ...row, error: row.error instanceof RegExp ? expect.stringMatching(row.error) : row.error }));

async function refusal(read: Promise<unknown>): Promise<UsageError> {
  const error = await read.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('reading host lists in the formats PowerShell and people write', () => {
  it.each(HOST_LISTS.map((list) => [list.file, list.origin, list] as const))('%s (%s)', async (file, _, list) => {
    expect(await readRows(file)).toEqual(matching(list.rows));
  });
});

describe('--hosts-format forces the format', () => {
  const header = (lineNumber: number, host: string, buildString: string): ExpectedHostRow => ({ lineNumber, host, buildString, error: null });
  it.each([
    ['a detected CSV read as csv', 'convertto-csv-semicolon.csv', 'csv', hostList('convertto-csv-semicolon.csv').rows],
    ['a #TYPE CSV read as csv', 'export-csv-type.csv', 'csv', hostList('export-csv-type.csv').rows],
    ['a quoted TSV read as tsv', 'convertto-csv-tab.tsv', 'tsv', hostList('convertto-csv-tab.tsv').rows],
    ['a quoted TSV with #TYPE read as tsv', 'convertto-csv-tab-type.tsv', 'tsv', hostList('convertto-csv-tab-type.tsv').rows],
    ['a quoted TSV with #TYPE read as csv', 'convertto-csv-tab-type.tsv', 'csv', hostList('convertto-csv-tab-type.tsv').rows],
    ['a Format-Table output read as table', 'format-table.txt', 'table', hostList('format-table.txt').rows],
    ['JSON lines read as jsonl', 'hosts.jsonl', 'jsonl', hostList('hosts.jsonl').rows],
    ['a JSON array read as json', 'hosts.json', 'json', hostList('hosts.json').rows],
    ['a commented list read as lines', 'lines-commented-header.txt', 'lines', hostList('lines-commented-header.txt').rows],
    ['a TSV read as lines, its header a row', 'name-build.tsv', 'lines', [header(1, 'Name', 'Build'), ...hostList('name-build.tsv').rows]],
    ['a Format-List output read as list', 'format-list-servers.txt', 'list', hostList('format-list-servers.txt').rows],
    ['a Format-Table output between prompts read as table', 'format-table-prompt.txt', 'table', hostList('format-table-prompt.txt').rows],
  ] as const)('%s', async (_, file, format, rows) => {
    expect(await readRows(file, format)).toEqual(matching(rows));
  });
});

describe('a header without a build column', () => {
  it.each([
    ['a #TYPE CSV', 'no-build-column.csv', null, 2, 'Name ServerRole Edition'],
    ['a TSV', 'no-build-column.tsv', null, 1, 'Name Site'],
    ['a Format-Table output', 'no-build-column-table.txt', null, 2, 'Name ServerRole Edition'],
    ['bare builds forced to csv', 'bare-builds.txt', 'csv', 1, '15.2.1748.49'],
  ] as const)('%s is refused naming file:line', async (_, file, format, line, columns) => {
    const error = await refusal(readRows(file, format));
    const prefix = `${hostListPath(file)}:${line}: no build column in header ${JSON.stringify(columns)}; expected a build column (`;
    expect(error.message.slice(0, prefix.length)).toBe(prefix);
  });
});

const AS_OF = ['--as-of', '2026-11-24'];

interface FleetTsvRow {
  readonly host: string;
  readonly line: number;
  readonly status: string;
  readonly error: string;
}

function fleetTsvRows(stdout: string): FleetTsvRow[] {
  const [header = '', ...lines] = stdout.trimEnd().split('\n');
  const columns = header.split('\t');
  return lines.map((text) => {
    const fields = text.split('\t');
    const field = (name: string): string => fields[columns.indexOf(name)] ?? '';
    return { host: field('host'), line: Number(field('line')), status: field('status'), error: field('error') };
  });
}

const inputOrder = (rows: readonly ExpectedHostRow[]): [string, number][] => rows.map((row) => [row.host ?? '', row.lineNumber]);

describe('host lists through the command line', () => {
  it.each([
    ['export-csv-type.csv', 1, []],
    ['convertto-csv-semicolon.csv', 1, []],
    ['mixed-case.csv', 1, []],
    ['name-build.tsv', 1, []],
    ['format-table.txt', 1, []],
    ['plain-lines.txt', 1, []],
    ['hosts.jsonl', 2, [3]],
    ['bad-rows.csv', 2, [3, 4]],
    ['format-table-prompt.txt', 1, []],
    ['transcript-format-table.txt', 1, []],
    ['format-table-narrow.txt', 2, [5, 6]],
    ['format-list-servers.txt', 2, [22]],
    ['invoke-command-format-list.txt', 1, []],
    ['buildnumber-servername.tsv', 1, []],
    ['lines-release-names.txt', 1, []],
  ] as const)('%s: every row once, in input order; exit %i', async (file, code, errorLines) => {
    const run = await runInProcess(['--hosts', hostListPath(file), ...AS_OF, '--format', 'tsv']);
    const rows = fleetTsvRows(run.stdout);
    expect(rows.map((row) => [row.host, row.line])).toEqual(inputOrder(hostList(file).rows));
    expect(rows.filter((row) => row.status === 'error').map((row) => row.line)).toEqual(errorLines);
    expect(rows.filter((row) => row.status === 'error').every((row) => row.error !== '')).toBe(true);
    expect(run.code).toBe(code);
  });

  it('warns on stderr about a host name listed twice, ignoring case', async () => {
    const { stderr } = await runInProcess(['--hosts', hostListPath('bad-rows.csv'), ...AS_OF, '--format', 'tsv']);
    expect(stderr).toContain('rollup-check: warning: 1 duplicate host name: ex01\n');
  });

  it('does not warn about duplicates when every host name differs', async () => {
    const { stderr } = await runInProcess(['--hosts', hostListPath('export-csv-type.csv'), ...AS_OF, '--format', 'tsv']);
    expect(stderr).not.toContain('duplicate');
  });

  it('passes --hosts-format to the reader', async () => {
    const run = await runInProcess(['--hosts', hostListPath('name-build.tsv'), '--hosts-format', 'lines', ...AS_OF, '--format', 'tsv']);
    const rows = fleetTsvRows(run.stdout);
    expect(rows.map((row) => [row.host, row.line, row.status])).toEqual([
      ['Name', 1, 'error'],
      ['EX01', 2, 'unsupported'],
      ['EX02', 3, 'unsupported'],
      ['EX03', 4, 'current'],
    ]);
    expect(run.code).toBe(2);
  });

  it('refuses a header without a build column with exit code 2, naming file:line', async () => {
    const file = hostListPath('no-build-column.csv');
    const { code, stderr } = await runInProcess(['--hosts', file, ...AS_OF, '--format', 'tsv']);
    expect(code).toBe(2);
    expect(stderr).toContain(`rollup-check: ${file}:2: no build column in header "Name ServerRole Edition"; `);
  });

  it.each([
    ['without --hosts', []],
    ['with --hosts -', ['--hosts', '-']],
  ])('reads a host list from stdin %s', async (_, argv) => {
    const stdin = readFileSync(hostListPath('export-csv-type.csv'), 'utf8');
    const run = await runInProcess([...argv, ...AS_OF, '--format', 'tsv'], { stdin });
    expect(fleetTsvRows(run.stdout).map((row) => [row.host, row.line])).toEqual(inputOrder(hostList('export-csv-type.csv').rows));
    expect(run.code).toBe(1);
  });

  it('names stdin:line when a host list on stdin has no build column', async () => {
    const { code, stderr } = await runInProcess([...AS_OF], { stdin: readFileSync(hostListPath('no-build-column.tsv'), 'utf8') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rollup-check: stdin:1: no build column in header "Name Site"; /);
  });

  it.each([
    ['format-table-narrow.txt', 5, /^build text "Version 15\.2 \(Bu\.\.\." looks truncated on line 1 /],
    ['format-list-servers.txt', 22, /^build text "0\.1 \(8\.0\.535\.0\)" states no Exchange build \(8\.0\.535\.0 on line 1 is an AD object version/],
  ])('%s: a row without a readable build is an error host with the reason', async (file, line, reason) => {
    const rows = fleetTsvRows((await runInProcess(['--hosts', hostListPath(file), ...AS_OF, '--format', 'tsv'])).stdout);
    expect(rows.find((row) => row.line === line)?.error).toMatch(reason);
  });

  it('reads each row’s build the way a single build string is read: forms, release names, what it proves', async () => {
    const run = await runInProcess(['--hosts', hostListPath('buildnumber-servername.tsv'), ...AS_OF, '--format', 'ndjson']);
    const hosts = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; host: string; input: { form: string }; confidence: string })
      .filter((record) => record.type === 'host');
    expect(hosts.map((host) => [host.host, host.input.form, host.confidence])).toEqual([
      ['EX01', 'dotted', 'exact'],
      ['EX02', 'dotted', 'exact'],
      ['EX03', 'release-name', 'exact'],
      ['EX04', 'dotted', 'exact'],
    ]);
    const list = await runInProcess(['--hosts', hostListPath('format-list-servers.txt'), ...AS_OF, '--format', 'ndjson']);
    expect(list.stdout).toContain('"host":"EX01","line":4,"input":{"text":"Version 15.2 (Build 1748.10)","form":"admin-display-version","source":null}');
    expect(list.stdout).toContain('"confidence":"cu-level"');
  });
});
