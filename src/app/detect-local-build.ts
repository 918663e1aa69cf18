import { tryParseBuildString } from '../parse/build/parse-build-string.js';
import { isWindows, runCommand } from '../input/run-command.js';
import { UsageError } from '../shared/errors.js';
import { EXCHANGE_SETUP_KEYS, buildFromSetupValues, installPathFrom, parseRegQuery } from '../parse/registry.js';

export interface LocalBuild {
  readonly buildString: string;
  readonly source: string;
  readonly cuLevelOnly: boolean;
  readonly passedOver: readonly string[];
}

async function powershell(script: string, timeoutMs: number, problems: string[]): Promise<string | null> {
  for (const command of isWindows() ? ['powershell.exe', 'pwsh.exe'] : ['powershell', 'pwsh']) {
    const result = await runCommand(command, ['-NoProfile', '-NonInteractive', '-Command', script], timeoutMs);
    if (result.ok) return result.stdout.trim();
    problems.push(result.problem);
    if (!result.notFound) return null;
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
  const fromCommand = readable(
    await powershell('(Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo.FileVersion', timeoutMs, problems),
    'Get-Command ExSetup.exe',
    problems,
  );
  if (fromCommand) return { buildString: fromCommand, source: 'ExSetup.exe file version (Get-Command ExSetup.exe)', cuLevelOnly: false, passedOver: problems };

  for (const key of EXCHANGE_SETUP_KEYS) {
    const query = await runCommand(isWindows() ? 'reg.exe' : 'reg', ['query', key], timeoutMs);
    if (!query.ok) {
      problems.push(query.problem);
      if (query.notFound) break;
      continue;
    }
    const values = parseRegQuery(query.stdout);
    const installPath = installPathFrom(values);
    if (installPath) {
      const exsetup = `${installPath.replace(/\\+$/, '')}\\bin\\ExSetup.exe`;
      const fromFile = readable(
        await powershell(`(Get-Item -LiteralPath ${psQuote(exsetup)} -ErrorAction Stop).VersionInfo.FileVersion`, timeoutMs, problems),
        exsetup,
        problems,
      );
      if (fromFile)
        return {
          buildString: fromFile,
          source: `ExSetup.exe file version (${exsetup}, from the registry's install path)`,
          cuLevelOnly: false,
          passedOver: problems,
        };
    }
    const fromSetup = buildFromSetupValues(values);
    if (fromSetup) return { buildString: fromSetup, source: `registry Setup values (${key})`, cuLevelOnly: true, passedOver: problems };
    problems.push(`${key} holds no Exchange build`);
  }
  const where = isWindows() ? 'no Exchange installation found on this machine' : 'this is not a Windows server with Exchange installed';
  throw new UsageError(`no build string given and ${where} (${[...new Set(problems)].join('; ')}); give a build string, or --hosts FILE (see --help)`);
}
