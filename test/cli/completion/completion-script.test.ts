import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunContext } from '../../../src/app/run-context.js';
import { createProgram } from '../../../src/cli/program.js';
import { runInProcess } from '../../support/run-in-process.js';

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const program = createProgram(
  { toolVersion: '0', today: '2000-01-01', env: {}, cwd: '.' } as unknown as RunContext,
  () => 0,
  () => undefined,
);
const everyLongOption = [program, ...program.commands, ...program.commands.flatMap((command) => command.commands)].flatMap((command) =>
  command.options.map((option) => option.long!),
);

const scripts: Record<string, string> = {};
const files: Record<string, string> = {};
beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rollup-check-completion-'));
  for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
    const { code, stdout } = await runInProcess(['completion', shell]);
    expect(code).toBe(0);
    scripts[shell] = stdout;
    files[shell] = join(work, `completion.${shell}`);
    writeFileSync(files[shell], stdout);
  }
});

/** What the bash completion offers for the words typed so far (the last one being completed). */
function bashComplete(words: string[]): string[] {
  const script = `source ${JSON.stringify(files.bash)}; COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _rollup_check; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean);
}

describe('rollup-check completion', () => {
  it('refuses a shell it does not know', async () => {
    expect((await runInProcess(['completion', 'tcsh'])).code).toBe(2);
  });

  it.each(['bash', 'zsh', 'fish', 'powershell'])('%s: names every option of every command, as the program declares them', (shell) => {
    for (const option of everyLongOption) expect(scripts[shell], option).toContain(option.slice(2));
    for (const command of ['releases', 'explain', 'diff', 'catalog', 'lint', 'completion']) expect(scripts[shell]).toContain(command);
  });

  it('bash: loads, registers itself and completes commands, options and their values', () => {
    expect(spawnSync('bash', ['-n', files.bash!]).status).toBe(0);
    const registered = spawnSync('bash', ['-c', `source ${JSON.stringify(files.bash)}; complete -p rollup-check`], { encoding: 'utf8' });
    expect(registered.stdout.trim()).toBe('complete -F _rollup_check rollup-check');
    expect(bashComplete(['rollup-check', 'ex'])).toEqual(['explain']);
    expect(bashComplete(['rollup-check', '--format', 'n'])).toEqual(['ndjson', 'nagios']);
    expect(bashComplete(['rollup-check', '--fail-on', 'ex'])).toEqual(['exploited']);
    expect(bashComplete(['rollup-check', 'explain', '--format', ''])).toEqual(['text', 'json', 'tsv']);
    expect(bashComplete(['rollup-check', 'catalog', ''])).toContain('lint');
    expect(bashComplete(['rollup-check', 'catalog', 'lint', '--inc'])).toEqual(['--include-base']);
    expect(bashComplete(['rollup-check', 'completion', 'p'])).toEqual(['powershell']);
  });

  it.skipIf(!has('zsh'))('zsh: parses (zsh -n) and registers the completion (skipped where zsh is missing)', () => {
    expect(spawnSync('zsh', ['-n', files.zsh!]).status).toBe(0);
    const registered = spawnSync('zsh', ['-c', `source ${JSON.stringify(files.zsh)} && complete -p rollup-check`], { encoding: 'utf8' });
    expect(registered.stdout).toContain('complete -F _rollup_check rollup-check');
  });

  it.skipIf(!has('fish'))('fish: parses (fish -n) and completes (skipped where fish is missing)', () => {
    expect(spawnSync('fish', ['-n', files.fish!]).status).toBe(0);
    const run = spawnSync(
      'fish',
      ['-c', `source ${JSON.stringify(files.fish)}; complete -C 'rollup-check --fail-on ex'; complete -C 'rollup-check catalog '`],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toMatch(/^exploited\t/m);
    expect(run.stdout).toMatch(/^lint\t/m);
  });

  it.skipIf(!has('pwsh'))('PowerShell: parses (skipped where pwsh is missing)', () => {
    const run = spawnSync('pwsh', ['-NoProfile', '-Command', `$null = [ScriptBlock]::Create((Get-Content -Raw ${JSON.stringify(files.powershell)}))`], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  });

  it('PowerShell: quotes every word so that an apostrophe cannot end a string', () => {
    const strings = scripts.powershell!.match(/'(?:[^']|'')*'/g) ?? [];
    expect(strings.length).toBeGreaterThan(50);
    expect(scripts.powershell!.replace(/'(?:[^']|'')*'/g, '')).not.toContain("'");
  });
});
