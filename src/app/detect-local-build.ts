import { execFile } from 'node:child_process';
import { tryParseBuildString } from '../parse/build/parse-build-string.js';
import { UsageError } from '../shared/errors.js';
import { EXCHANGE_SETUP_KEYS, buildFromSetupValues, installPathFrom, parseRegQuery } from '../parse/registry.js';

export interface LocalBuild {
  readonly buildString: string;
  readonly source: string;
  readonly cuLevelOnly: boolean;
  readonly passedOver: readonly string[];
}

interface CommandResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly problem: string;
}

const POWERSHELL = process.platform === 'win32' ? ['powershell.exe', 'pwsh.exe'] : ['powershell', 'pwsh'];
const REG = process.platform === 'win32' ? 'reg.exe' : 'reg';

function run(command: string, args: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, windowsHide: true, encoding: 'utf8', maxBuffer: 1024 * 1024 }, (error, stdout) => {
      if (!error) return resolve({ ok: true, stdout, problem: '' });
      const code = (error as NodeJS.ErrnoException).code;
      const problem = code === 'ENOENT' ? `${command} not found` : error.killed ? `${command} timed out after ${timeoutMs / 1000} s` : `${command} failed (${error.message.split('\n')[0]})`;
      resolve({ ok: false, stdout, problem });
    });
  });
}

async function powershell(script: string, timeoutMs: number, problems: string[]): Promise<string | null> {
  for (const command of POWERSHELL) {
    const result = await run(command, ['-NoProfile', '-NonInteractive', '-Command', script], timeoutMs);
    if (result.ok) return result.stdout.trim();
    problems.push(result.problem);
    if (!result.problem.endsWith('not found')) return null;
  }
  return null;
}

function readable(text: string | null, what: string, problems: string[]): string | null {
  if (text === null) return null;
  if (tryParseBuildString(text)) return text;
  problems.push(`${what} printed no build (${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)})`);
  return null;
}
const psQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export async function detectLocalBuild(timeoutMs: number): Promise<LocalBuild> {
  const problems: string[] = [];
  const fromCommand = readable(await powershell('(Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo.FileVersion', timeoutMs, problems), 'Get-Command ExSetup.exe', problems);
  if (fromCommand) return { buildString: fromCommand, source: 'ExSetup.exe file version (Get-Command ExSetup.exe)', cuLevelOnly: false, passedOver: problems };

  for (const key of EXCHANGE_SETUP_KEYS) {
    const query = await run(REG, ['query', key], timeoutMs);
    if (!query.ok) {
      problems.push(query.problem);
      if (query.problem.endsWith('not found')) break;
      continue;
    }
    const values = parseRegQuery(query.stdout);
    const installPath = installPathFrom(values);
    if (installPath) {
      const exsetup = `${installPath.replace(/\\+$/, '')}\\bin\\ExSetup.exe`;
      const fromFile = readable(await powershell(`(Get-Item -LiteralPath ${psQuote(exsetup)} -ErrorAction Stop).VersionInfo.FileVersion`, timeoutMs, problems), exsetup, problems);
      if (fromFile) return { buildString: fromFile, source: `ExSetup.exe file version (${exsetup}, from the registry's install path)`, cuLevelOnly: false, passedOver: problems };
    }
    const fromSetup = buildFromSetupValues(values);
    if (fromSetup) return { buildString: fromSetup, source: `registry Setup values (${key})`, cuLevelOnly: true, passedOver: problems };
    problems.push(`${key} holds no Exchange build`);
  }
  const where = process.platform === 'win32' ? 'no Exchange installation found on this machine' : 'this is not a Windows server with Exchange installed';
  throw new UsageError(`no build string given and ${where} (${[...new Set(problems)].join('; ')}); give a build string, or --hosts FILE (see --help)`);
}
