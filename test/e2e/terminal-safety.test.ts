import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { FORMAT_NAMES } from '../../src/render/format-names.js';
import { fixturePath } from '../support/helpers.js';
import { terminalControlsIn } from '../support/hostile-text.js';

// Each test runs the binary a few times on a machine shared with other test runs.
vi.setConfig({ testTimeout: 60_000 });

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const HOSTILE = ['--catalog', fixturePath('catalogs/hostile.yaml'), '--no-default-catalog', '--as-of', '2020-09-01'];
const CHECK = [...HOSTILE, '--ignore-file', fixturePath('hostile/ignore.yaml'), '--show-suppressed'];
const HOSTS = ['--hosts', fixturePath('hostile/hosts.csv')];
/** Exactly as the hostile catalog writes them. */
const SEC1_SUMMARY = 'Pre-auth RCE\u001b]0;pwned\u0007\b\b\b OK \u001b]52;c;Y3VybCBldmlsIHwgc2g=\u001b\\';
const SEC1_NOTE = 'Rename \u202egpj.exe\u202c and press \u001b[5mENTER\u001b[0m\r';
/** How each format shows a control character of a release name: written out, \u-escaped, or (JUnit: ESC is not a character XML allows) left out. */
const SHOWN: Record<string, RegExp> = {
  text: /Evil RTM\\x1b\[31m/,
  tsv: /Evil RTM(\\x1b\[31m| U1\\x9b2J)/,
  markdown: /Evil RTM\\x1b\\\[31m/,
  junit: /Evil RTM\[31m/,
  json: /Evil RTM\\u001b\[31m/,
  ndjson: /Evil RTM\\u001b\[31m/,
  sarif: /Evil RTM\\u001b\[31m/,
};

function rollupCheck(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, CI: 'true' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Neither stream holds a character a terminal would act on; only the text format with colour on carries (its own) colour sequences. */
function expectInert(run: { stdout: string; stderr: string }, colouredText: boolean): void {
  expect(terminalControlsIn(run.stdout, colouredText)).toEqual([]);
  expect(terminalControlsIn(run.stderr, false)).toEqual([]);
}

describe.each([
  ['colour on', '--color'],
  ['colour off', '--no-color'],
])('the built binary on a hostile catalog, host list and ignore file, %s', (_, colour) => {
  it.each(FORMAT_NAMES)('lets no byte of data reach the terminal as a control code: %s for one build', (format) => {
    const run = rollupCheck(['1.0.100.0', ...CHECK, '-f', format, colour]);
    expect(run.status).toBe(format === 'nagios' ? 2 : 1);
    expectInert(run, format === 'text' && colour === '--color');
    expect(run.stdout).toMatch(SHOWN[format]!);
  });

  it.each(FORMAT_NAMES)('lets no byte of data reach the terminal as a control code: %s for a host list', (format) => {
    const run = rollupCheck([...HOSTS, ...CHECK, '-f', format, colour]);
    expect(run.status).toBe(2);
    expectInert(run, format === 'text' && colour === '--color');
    expect(run.stderr).toContain('duplicate host name: ex\\x1b0;t\\x0701');
  });
});

describe('data formats keep the exact data', () => {
  it('JSON: every hostile string survives, escaped', () => {
    const report = JSON.parse(rollupCheck(['1.0.100.0', ...CHECK, '-f', 'json']).stdout) as {
      exposed: { id: string; summary: string; note: string | null }[];
      installed: { name: string };
    };
    const sec1 = report.exposed.find((fix) => fix.id === 'SEC-1')!;
    expect([sec1.summary, sec1.note, report.installed.name]).toEqual([SEC1_SUMMARY, SEC1_NOTE, 'Evil RTM\u001b[31m']);
  });

  it('ndjson: host names and C1 characters survive, as \\u escapes', () => {
    const { stdout } = rollupCheck([...HOSTS, ...CHECK, '-f', 'ndjson']);
    expect(stdout).toContain('\\u009b');
    const hosts = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; host?: string })
      .filter((record) => record.type === 'host')
      .map((record) => record.host);
    expect(hosts).toEqual(['EX\u001b0;t\u000701', 'ex\u001b0;t\u000701', 'EX\u001b[2J03\u202e', 'EX\u009b31m04']);
  });

  it('SARIF: release names in messages and suppression reasons survive', () => {
    const log = JSON.parse(rollupCheck([...HOSTS, ...CHECK, '-f', 'sarif']).stdout) as {
      runs: { results: { message: { text: string }; suppressions?: { justification: string }[] }[] }[];
    };
    const run = log.runs[0]!;
    expect(run.results.some((result) => result.message.text.includes('Evil RTM\u001b[31m'))).toBe(true);
    expect(run.results.flatMap((result) => result.suppressions ?? []).map((suppression) => suppression.justification)).toContain(
      'Accepted \u001b[31mby security\u001b[0m \u202edetpecca',
    );
  });
});

describe('markdown on hostile host names', () => {
  it('escapes table pipes, backticks, emphasis, links and HTML, so a name stays one literal cell', () => {
    const input = 'Name,Build\n"EX|01 <img src=x onerror=alert(1)> `code` *bold* [link](https://e.example) &amp;",1.0.100.0\n';
    const result = spawnSync(process.execPath, [BIN, '--hosts', '-', ...HOSTILE, '-f', 'markdown'], { input, encoding: 'utf8' });
    const row = result.stdout.split('\n').find((line) => line.startsWith('| EX'))!;
    expect(row).toMatch(/^\| EX\\\|01 &lt;img src=x onerror=alert\(1\)&gt; \\`code\\` \\\*bold\\\* \\\[link\\\]\(https:\/\/e\.example\) &amp;amp; \| /);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });
});

describe('the catalog commands on a hostile catalog', () => {
  it.each([
    ['releases', ['releases']],
    ['explain a fix', ['explain', 'SEC-1']],
    ['explain a fix with a per-product note', ['explain', 'SEC-2']],
    ['diff', ['diff', '1.0.100.0', '1.1.100.0']],
  ])('%s shows data as inert text in text, tsv and json', (_, command) => {
    for (const format of ['text', 'tsv', 'json']) {
      const run = rollupCheck([...command, ...HOSTILE, '-f', format]);
      expect(run.status, run.stderr).toBe(0);
      expectInert(run, false);
      if (format === 'json') expect(run.stdout).toMatch(/\\u001b|\\u009b|\\u202e/);
      else expect(run.stdout).toMatch(/\\x1b|\\x9b|\\u202e|\\r/);
    }
  });

  it('catalog lint shows a YAML excerpt as inert text on stdout and stderr', () => {
    for (const format of ['text', 'tsv', 'json']) {
      const run = rollupCheck(['catalog', 'lint', fixturePath('hostile/duplicate-key.yaml'), '--no-default-catalog', '-f', format]);
      expect(run.status).toBe(3);
      expectInert(run, false);
    }
    expect(rollupCheck(['catalog', 'lint', fixturePath('hostile/duplicate-key.yaml'), '--no-default-catalog']).stdout).toContain(
      'duplicate key ""\\x1b]0;owned\\x07""',
    );
  });
});

describe('stderr on hostile input', () => {
  it.each([
    ['a YAML error excerpt', ['1.0.0.0', '--catalog', fixturePath('hostile/duplicate-key.yaml')], 3, 'duplicate key ""\\x1b]0;owned\\x07""'],
    ['a catalog path', ['1.0.0.0', '--catalog', '/nonexistent/\u001b]0;x\u0007.yaml'], 3, '/nonexistent/\\x1b]0;x\\x07.yaml'],
    ['a host-list path', ['--hosts', '/nonexistent/\u001b[2J\u009b2J.csv'], 2, '/nonexistent/\\x1b[2J\\x9b2J.csv'],
    ['an unknown option', ['--\u001b[31mred'], 2, "'--\\x1b[31mred'"],
    ['a build string with an 8-bit CSI', ['15.2\u009b2J.1.1'], 2, '"15.2\\u009B2J.1.1"'],
  ])('writes %s out visibly in one line', (_, args, status, shown) => {
    const run = rollupCheck(args);
    expect(run.status).toBe(status);
    expectInert(run, false);
    expect(run.stderr).toContain(shown);
  });
});
