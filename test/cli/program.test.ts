import { describe, expect, it } from 'vitest';
import { chooseColorLevel } from '../../src/output/color-level.js';
import type { Report } from '../../src/analyse/report.js';
import { fixturePath } from '../support/helpers.js';
import { runInProcess, type InProcessRun } from '../support/run-in-process.js';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false): Promise<InProcessRun> => runInProcess(argv, { env, isTTY });

const AS_OF = ['--as-of', '2026-11-24'];

describe('exit codes from the command line', () => {
  it.each([
    ['a current server', 0, ['15.2.2562.53', ...AS_OF]],
    ['an exposed server', 1, ['15.2.1544.4', ...AS_OF]],
    ['an out-of-support server lacking nothing', 1, ['8.3.517.0', ...AS_OF]],
    ['an out-of-support server lacking nothing, accepted', 0, ['8.3.517.0', '--no-fail-on-unsupported', ...AS_OF]],
    ['a build newer than every listed release of its line', 0, ['15.2.2562.99', ...AS_OF]],
    ['a build newer than the catalog, strictly', 4, ['15.2.2562.99', '--fail-on-newer-build', ...AS_OF]],
    ['an unknown product', 4, ['6.5.7638.1', ...AS_OF]],
    ['an unreadable build string', 2, ['15.2.1118']],
    ['no build string', 2, []],
    ['an unknown format', 2, ['--format', 'xml', '15.2.1544.4']],
    ['an impossible date', 2, ['--as-of', '2026-02-30', '15.2.1544.4']],
    ['an unknown target', 2, ['--target', 'oldest', '15.2.1544.4']],
    ['an unknown option', 2, ['--frobnicate', '15.2.1544.4']],
    ['a broken catalog', 3, ['--catalog', fixturePath('catalogs/broken/wrong-types.yaml'), '1.0.100.0']],
    ['a missing catalog', 3, ['--catalog', '/nonexistent.yaml', '1.0.100.0']],
    ['a URL naming more than a server', 2, ['https://mail.contoso.com/owa']],
    ['--probe with credentials', 2, ['--probe', 'https://admin:secret@mail.contoso.com']],
    ['--insecure without a server to probe', 2, ['--insecure', '15.2.1544.4']],
    ['--probe-concurrency 0', 2, ['--probe', 'mail.contoso.com', '--probe-concurrency', '0']],
    ['a current server with configuration steps to confirm', 1, ['15.2.2562.53', '--fail-on-unconfirmed', ...AS_OF]],
    ['an exposed server whose findings --severity hides', 1, ['15.2.1544.4', '--severity', 'critical', ...AS_OF]],
    ['an unknown --severity', 2, ['15.2.1544.4', '--severity', 'urgent']],
    ['--help', 0, ['--help']],
    ['--version', 0, ['--version']],
    ['catalog import, a dry run without conflicts', 0, ['catalog', 'import', '--dry-run', fixturePath('import/records/CVE-2026-21527.json')]],
    ['catalog import, a dry run with conflicts', 1, ['catalog', 'import', '--dry-run', fixturePath('import/records/CVE-2026-90005.json')]],
    ['catalog import of a bad record', 2, ['catalog', 'import', '--dry-run', fixturePath('import/malformed/wrong-types.json')]],
    [
      'catalog import into a broken catalog',
      3,
      ['catalog', 'import', '--catalog', fixturePath('catalogs/broken/wrong-types.yaml'), fixturePath('import/kev.json')],
    ],
    ['catalog import with a bad --facts-complete', 2, ['catalog', 'import', '--facts-complete', '2026-13-01', fixturePath('import/kev.json')]],
  ])('%s exits %i', async (_, code, argv) => {
    expect((await run(argv)).code).toBe(code);
  });
});

describe('diagnostics', () => {
  it('explains an unreadable build string in one stderr line without a stack trace', async () => {
    const { stdout, stderr } = await run(['15.2.1118a.7']);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rollup-check: build text "15.2.1118a.7" states no Exchange build; expected an Exchange build such as 15.2.1118.7/);
  });

  it('lists every catalog problem as file:line:column', async () => {
    const file = fixturePath('catalogs/broken/wrong-types.yaml');
    const { stderr } = await run(['--catalog', file, '1.0.100.0']);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      `rollup-check: ${file}:11:13: products[0].lines[0].releases[0].build: must be a build of four numeric parts without leading zeros, e.g. 15.2.1118.7`,
    );
    expect(lines[1]).toBe(`${file}:13:13: products[0].lines[0].releases[0].kind: must be one of: preview, rtm, sp, cu, ru, su, hu, private`);
  });

  it('keeps stdout to the requested output and sends warnings to stderr', async () => {
    const { stdout, stderr } = await run(['Version 15.2 (Build 1118.7)', '--format', 'json', ...AS_OF]);
    expect((JSON.parse(stdout) as Report).confidence).toBe('cu-level');
    expect(stderr).toContain('(Get-Command ExSetup.exe).FileVersionInfo.FileVersion');
  });

  it('says plainly on stderr that a server lacking nothing is out of support', async () => {
    const { stderr } = await run(['8.3.517.0', ...AS_OF]);
    expect(stderr).toContain('Exchange Server 2007 support ended on 2017-04-11');
  });

  it('documents the exit codes in --help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toMatch(/Exit codes \(for a host list: the worst over all hosts, in the order 2, 6, 4, 1, 0\):\n {2}0 {3}current/);
    expect(stdout).toContain('70  internal error');
  });

  it('reports an internal error with exit code 70 and shows the stack only with --debug', async () => {
    const failingStdout = new Error('disk full');
    const plain = await runInProcess(['15.2.1544.4'], { failingStdout });
    expect(plain.code).toBe(70);
    expect(plain.stderr).toBe('rollup-check: internal error: disk full\n');
    const debug = await runInProcess(['15.2.1544.4', '--debug'], { failingStdout });
    expect(debug.stderr).toMatch(/internal error: disk full\nError: disk full\n\s+at /);
  });

  it('keeps stderr to errors with --quiet: no warnings, no notes', async () => {
    const loud = await run(['8.3.517.0', ...AS_OF, '--ignore-file', fixturePath('ignore/valid.yaml')]);
    expect(loud.stderr).toContain('warning: ');
    const quiet = await run(['8.3.517.0', ...AS_OF, '--ignore-file', fixturePath('ignore/valid.yaml'), '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
    expect(quiet.code).toBe(loud.code);
    const failing = await run(['15.2.1118', '-q']);
    expect(failing.stderr).toMatch(/^rollup-check: build text "15.2.1118" states no Exchange build/);
  });

  it('passes the terminal width to the text view (only a word wider than it overflows), and none to a pipe', async () => {
    const narrow = await runInProcess(['15.2.1544.4', ...AS_OF, '--no-color'], { isTTY: true, columns: 50 });
    const wider = narrow.stdout.split('\n').filter((line) => line.length > 50);
    expect(wider.filter((line) => line.trim().includes(' '))).toEqual([]);
    const piped = await runInProcess(['15.2.1544.4', ...AS_OF]);
    expect(Math.max(...piped.stdout.split('\n').map((line) => line.length))).toBeGreaterThan(200);
  });

  it('reads a user catalog instead of the embedded one', async () => {
    const { code, stdout } = await run(['--catalog', fixturePath('catalogs/servicing.yaml'), '1.2.100.0', '--as-of', '2020-09-01', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'current', installed: { name: 'Demo SP2' } });
  });
});

describe('commands as people type them', () => {
  it.each([
    ['relases', 'releases'],
    ['release', 'releases'],
    ['expalin', 'explain'],
    ['dif', 'diff'],
  ])('takes %j for a mistyped command, not a build string, and suggests %j (exit 2)', async (word, command) => {
    const { code, stdout, stderr } = await run([word, ...AS_OF]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rollup-check: unknown command "${word}"; did you mean "${command}"? (\`rollup-check --help\` lists the commands; a build has digits, such as 15.2.1118.7)\n`,
    );
  });

  it('suggests a subcommand of catalog through commander', async () => {
    const { code, stderr } = await run(['catalog', 'lnt']);
    expect(code).toBe(2);
    expect(stderr).toContain('(Did you mean lint?)');
  });

  it.each([
    ['help explain', ['help', 'explain'], /^Usage: rollup-check explain \[options\] <subject\.\.\.>/],
    ['help releases', ['help', 'releases'], /^Usage: rollup-check releases \[options\] \[product\]/],
    ['help', ['help'], /^Usage: rollup-check \[options\] \[command\] \[build-string\.\.\.\]/],
  ])('%s prints the help of the command', async (_, argv, usage) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(usage);
  });

  it('checks a release named in Microsoft’s style, unquoted', async () => {
    const { code, stdout } = await run(['Exchange', 'Server', '2019', 'CU14', '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ input: { form: 'release-name' }, installed: { name: 'Exchange 2019 CU14' } });
  });
});

describe('colour', () => {
  const colored = async (argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): Promise<boolean> =>
    (await run(['15.2.1544.4', ...AS_OF, ...argv], env, isTTY)).stdout.includes('\u001b[');

  it.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['FORCE_COLOR in a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['--color in a pipe', ['--color'], {}, false, true],
    ['--color despite NO_COLOR', ['--color'], { NO_COLOR: '1' }, false, true],
  ])('%s', async (_, argv, env, isTTY, expected) => {
    expect(await colored(argv, env, isTTY)).toBe(expected);
  });

  it('never colours json or tsv', async () => {
    expect(await colored(['--format', 'json'], { FORCE_COLOR: '3' }, true)).toBe(false);
  });

  it('maps FORCE_COLOR levels', () => {
    expect(chooseColorLevel({ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true, detectedLevel: () => 3 })).toBe(0);
    expect(chooseColorLevel({ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false, detectedLevel: () => 0 })).toBe(3);
  });
});
