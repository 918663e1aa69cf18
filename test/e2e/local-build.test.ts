import { spawnSync } from 'node:child_process';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  EXCHANGE_2007_SETUP_KEY,
  EXSETUP_FILE_VERSION_OUTPUT,
  GET_COMMAND_NOT_FOUND_ERROR,
  NOT_RECOGNIZED_TEXT,
  REG_MISSING_KEY_ERROR,
  REG_QUERY_EXCHANGE_2010_SP3,
  REG_QUERY_EXCHANGE_2019_CU14,
  V14_SETUP_KEY,
  V15_SETUP_KEY,
} from '../fixtures/exchange-setup-registry.js';
import { binCommand } from '../support/binary.js';
import { createFakeBin, type FakeBin, type FakeCommand } from './fake-commands.js';

// The built binary with no build string, no --hosts and no stdin data, on a PATH that holds only
// fake powershell / pwsh / reg scripts (or nothing at all).

const AS_OF = ['--as-of', '2026-11-24'];

const GET_COMMAND = '(Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo.FileVersion';
const EXSETUP = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe';
const GET_ITEM = `(Get-Item -LiteralPath '${EXSETUP}' -ErrorAction Stop).VersionInfo.FileVersion`;
const POWERSHELL_ARGS = '-NoProfile -NonInteractive -Command';

const NO_GET_COMMAND: FakeCommand = {
  when: [[`Get-Item -LiteralPath '${EXSETUP}'`, { stdout: EXSETUP_FILE_VERSION_OUTPUT }]],
  otherwise: { stderr: GET_COMMAND_NOT_FOUND_ERROR, exitCode: 1 },
};
const GARBAGE: FakeCommand = { otherwise: { stdout: NOT_RECOGNIZED_TEXT } };
const HANGING: FakeCommand = { otherwise: { sleepSeconds: 30 } };
const REG_2019_CU14: FakeCommand = {
  when: [[`query ${V15_SETUP_KEY}`, { stdout: REG_QUERY_EXCHANGE_2019_CU14 }]],
  otherwise: { stderr: REG_MISSING_KEY_ERROR, exitCode: 1 },
};
const REG_2010_SP3: FakeCommand = {
  when: [[`query ${V14_SETUP_KEY}`, { stdout: REG_QUERY_EXCHANGE_2010_SP3 }]],
  otherwise: { stderr: REG_MISSING_KEY_ERROR, exitCode: 1 },
};
const REG_EMPTY: FakeCommand = { otherwise: { stderr: REG_MISSING_KEY_ERROR, exitCode: 1 } };

interface JsonReport {
  readonly build: string;
  readonly confidence: string;
  readonly input: { readonly text: string; readonly source: string | null };
  readonly installed: { readonly name: string } | null;
}

function fakeBin(commands: Readonly<Record<string, FakeCommand>>): FakeBin {
  const fakes = createFakeBin(commands);
  onTestFinished(() => fakes.remove());
  return fakes;
}

function detect(fakes: FakeBin, args: string[] = []): { status: number | null; stdout: string; stderr: string[]; ms: number } {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: fakes.bin };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const started = performance.now();
  const [command, commandArgs] = binCommand([...AS_OF, ...args]);
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: fakes.root,
    env,
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter(Boolean), ms: performance.now() - started };
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const sourceLine = (build: string, source: string): string => `rollup-check: local build ${build}, read from the ${source}`;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(process.platform === 'win32')('the built binary detecting the local build', () => {
  it('reads the ExSetup.exe file version from Get-Command first', () => {
    const fakes = fakeBin({ powershell: { when: [[GET_COMMAND, { stdout: EXSETUP_FILE_VERSION_OUTPUT }]], otherwise: { exitCode: 1 } }, reg: REG_2019_CU14 });
    const { status, stdout, stderr } = detect(fakes);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^Exchange 2019 CU14 Nov24SUv2 {2}build 15\.2\.1544\.14,/);
    expect(stdout).not.toContain('confidence: CU level only');
    expect(stderr).toContain(sourceLine('15.02.1544.014', 'ExSetup.exe file version (Get-Command ExSetup.exe)'));
    expect(fakes.calls()).toEqual([`powershell ${POWERSHELL_ARGS} ${GET_COMMAND}`]);
  });

  it('uses pwsh when Windows PowerShell is missing and reports the exact build in JSON', () => {
    const fakes = fakeBin({ pwsh: { otherwise: { stdout: EXSETUP_FILE_VERSION_OUTPUT } } });
    const { status, stdout } = detect(fakes, ['--format', 'json']);
    expect(status).toBe(1);
    expect(json(stdout)).toMatchObject({
      build: '15.2.1544.14',
      confidence: 'exact',
      input: { text: '15.02.1544.014', source: 'ExSetup.exe file version (Get-Command ExSetup.exe)' },
      installed: { name: 'Exchange 2019 CU14 Nov24SUv2' },
    });
    expect(fakes.calls()).toEqual([`pwsh ${POWERSHELL_ARGS} ${GET_COMMAND}`]);
  });

  it("asks PowerShell for ExSetup.exe under the registry's install path when Get-Command fails", () => {
    const fakes = fakeBin({ powershell: NO_GET_COMMAND, reg: REG_2019_CU14 });
    const { status, stdout, stderr } = detect(fakes, ['--format', 'json']);
    expect(status).toBe(1);
    const source = `ExSetup.exe file version (${EXSETUP}, from the registry's install path)`;
    expect(json(stdout)).toMatchObject({ build: '15.2.1544.14', confidence: 'exact', input: { source }, installed: { name: 'Exchange 2019 CU14 Nov24SUv2' } });
    expect(stderr).toContainEqual(
      expect.stringMatching(new RegExp(`^${escapeRegExp(sourceLine('15.02.1544.014', source))} \\(passed over: powershell failed`)),
    );
    expect(fakes.calls()).toEqual([`powershell ${POWERSHELL_ARGS} ${GET_COMMAND}`, `reg query ${V15_SETUP_KEY}`, `powershell ${POWERSHELL_ARGS} ${GET_ITEM}`]);
  });

  it('falls back to the registry Setup values, at CU level, without PowerShell', () => {
    const fakes = fakeBin({ reg: REG_2019_CU14 });
    const { status, stdout, stderr } = detect(fakes, ['--format', 'json']);
    expect(status).toBe(1);
    const source = `registry Setup values (${V15_SETUP_KEY})`;
    expect(json(stdout)).toMatchObject({ build: '15.2.1544.4', confidence: 'cu-level', input: { source }, installed: { name: 'Exchange 2019 CU14' } });
    expect(stderr).toContain(`${sourceLine('15.2.1544.4', source)} (passed over: powershell not found; pwsh not found)`);
    expect(stderr.join('\n')).toContain('the security-update level is unknown');
    expect(fakes.calls()).toEqual([`reg query ${V15_SETUP_KEY}`]);
  });

  it('says in text output that the registry proves only the CU level', () => {
    const { stdout } = detect(fakeBin({ reg: REG_2019_CU14 }));
    expect(stdout).toMatch(/^Exchange 2019 CU14 {2}build 15\.2\.1544\.4,/);
    expect(stdout).toContain('confidence: CU level only, security-update level unknown');
  });

  it('ignores PowerShell output that is not a build and falls back to the registry', () => {
    const fakes = fakeBin({ powershell: GARBAGE, reg: REG_2019_CU14 });
    const { status, stdout, stderr } = detect(fakes, ['--format', 'json']);
    expect(status).toBe(1);
    expect(json(stdout)).toMatchObject({ build: '15.2.1544.4', confidence: 'cu-level' });
    expect(stderr).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${escapeRegExp(sourceLine('15.2.1544.4', `registry Setup values (${V15_SETUP_KEY})`))} \\(passed over: Get-Command ExSetup.exe printed no build`,
        ),
      ),
    );
    expect(fakes.calls()).toEqual([`powershell ${POWERSHELL_ARGS} ${GET_COMMAND}`, `reg query ${V15_SETUP_KEY}`, `powershell ${POWERSHELL_ARGS} ${GET_ITEM}`]);
  });

  it('tries the Exchange 2010 key when the Exchange 2013+ key is missing', () => {
    const fakes = fakeBin({ reg: REG_2010_SP3 });
    const { stdout, stderr } = detect(fakes, ['--format', 'json']);
    expect(json(stdout)).toMatchObject({ build: '14.3.123.4', confidence: 'cu-level', installed: { name: 'Exchange 2010 SP3 RTM' } });
    expect(stderr).toContainEqual(
      expect.stringMatching(new RegExp(`^${escapeRegExp(sourceLine('14.3.123.4', `registry Setup values (${V14_SETUP_KEY})`))} \\(passed over: `)),
    );
    expect(fakes.calls()).toEqual([`reg query ${V15_SETUP_KEY}`, `reg query ${V14_SETUP_KEY}`]);
  });

  it('gives up on a hanging PowerShell after --detect-timeout and falls back to the registry', { timeout: 10_000 }, () => {
    const fakes = fakeBin({ powershell: HANGING, reg: REG_2019_CU14 });
    const { status, stdout, ms } = detect(fakes, ['--detect-timeout', '1', '--format', 'json']);
    expect(ms).toBeLessThan(5_000);
    expect(status).toBe(1);
    expect(json(stdout)).toMatchObject({ build: '15.2.1544.4', confidence: 'cu-level' });
    expect(fakes.calls()).toEqual([`powershell ${POWERSHELL_ARGS} ${GET_COMMAND}`, `reg query ${V15_SETUP_KEY}`, `powershell ${POWERSHELL_ARGS} ${GET_ITEM}`]);
  });

  it('reports a hanging PowerShell as timed out and exits 2 when nothing else answers', { timeout: 10_000 }, () => {
    const fakes = fakeBin({ powershell: HANGING });
    const { status, stdout, stderr, ms } = detect(fakes, ['--detect-timeout', '1']);
    expect(ms).toBeLessThan(4_000);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain('powershell timed out after 1 s');
  });

  it('exits 2 when PowerShell fails and no Setup key exists, after trying every key', () => {
    const fakes = fakeBin({ powershell: NO_GET_COMMAND, reg: REG_EMPTY });
    const { status, stdout, stderr } = detect(fakes);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^rollup-check: no build string given and this is not a Windows server with Exchange installed \(/);
    expect(fakes.calls()).toEqual([
      `powershell ${POWERSHELL_ARGS} ${GET_COMMAND}`,
      ...[V15_SETUP_KEY, V14_SETUP_KEY, EXCHANGE_2007_SETUP_KEY].map((key) => `reg query ${key}`),
    ]);
  });

  it('exits 2 with one line when neither PowerShell nor reg exists', () => {
    const { status, stdout, stderr } = detect(fakeBin({}));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toEqual([
      'rollup-check: no build string given and this is not a Windows server with Exchange installed (powershell not found; pwsh not found; reg not found); give a build string, or --hosts FILE (see --help)',
    ]);
  });
});
