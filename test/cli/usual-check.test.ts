import { describe, expect, it } from 'vitest';
import type { CheckRequest } from '../../src/app/check-request.js';
import type { RunContext } from '../../src/app/run-context.js';
import { checkRequestOf, COMMAND_NAMES, type CheckOptions } from '../../src/cli/check-command.js';
import { createProgram } from '../../src/cli/program.js';
import { parseUsualCheck } from '../../src/cli/usual-check.js';
import { createDiagnostics } from '../../src/output/diagnostics.js';
import type { ColorLevel } from '../../src/shared/color-level.js';

const context: RunContext = {
  stdout: { fd: 1 },
  stderr: () => process.stderr,
  diagnostics: createDiagnostics(() => undefined),
  stdin: async function* () {},
  stdinHasData: false,
  stderrIsTTY: false,
  stdoutIsTTY: false,
  stdoutColumns: null,
  env: {},
  cwd: '/',
  today: '2026-11-24',
  toolVersion: '0.1.0',
};
const colorLevelFor = (flag: boolean | undefined): ColorLevel => (flag === undefined ? 0 : flag ? 3 : 1);

/** The request commander makes of a command line (its check is replaced by one that keeps the request). */
async function commanderRequest(argv: readonly string[]): Promise<{ request: CheckRequest; options: CheckOptions }> {
  let seen: { request: CheckRequest; options: CheckOptions } | undefined;
  const program = createProgram(
    context,
    colorLevelFor,
    () => undefined,
    async (request, options) => {
      seen = { request, options };
      return { verdict: 'pass', staleCatalog: false, failOnStaleCatalog: false, monitoringState: null };
    },
  );
  await program.parseAsync(argv, { from: 'user' });
  return seen!;
}

describe('the fast path for the usual check', () => {
  it.each([
    [['15.02.1118.015']],
    [['15.2.1544.4', '--format', 'json', '--as-of', '2026-11-24']],
    [['--format=tsv', '15.2.1544.4', '--no-header']],
    [['-f', 'ndjson', '--hosts', 'hosts.csv', '--hosts-format', 'csv', '-q']],
    [['Version', '15.2', '(Build', '1118.7)', '--target', 'newest', '--color']],
    [['15.2.1544.4', '--no-color', '--color', '--no-color']],
    [['15.2.1544.4', '--fail-on', 'critical', '--fail-on-unsupported', '--no-fail-on-unknown', '--grace', '14', '--show-suppressed']],
    [['15.1.2507.6', '--no-fail-on-unsupported', '--fail-on-uncertain', '--fail-on-newer-build', '--esu']],
    [['https://ex01.contoso.com']],
    [['15.2.1544.4', '--ignore-file', 'accepted.yaml', '--max-catalog-age', '90', '--fail-on-stale-catalog', '--detect-timeout', '5', '--debug']],
    [['15.2.1544.4', '-o', 'junit=junit.xml', '--output', 'sarif=out.sarif', '--format', 'text', '--format', 'json']],
    [['15.2.1544.4', '--catalog', 'a.yaml', '--catalog=b.yaml', '--no-default-catalog', '--offline', '--catalog-timeout', '9']],
    [['--catalog', 'https://example.invalid/c.yaml', '--catalog-sha256', 'AB'.repeat(32), '15.2.1544.4']],
    [['--hosts', '-']],
    [[]],
  ])('reads %j as commander does', async (argv) => {
    const usual = parseUsualCheck(argv);
    expect(usual).not.toBeNull();
    const { request, options } = await commanderRequest(argv);
    expect(checkRequestOf(usual!.words, usual!.options, usual!.given, context, colorLevelFor)).toEqual(request);
    expect(usual!.options.failOnStaleCatalog === true).toBe(options.failOnStaleCatalog === true);
  });

  it.each([
    [['--help']],
    [['-h']],
    [['--version']],
    [['-V']],
    [['releases', '2019']],
    [['explain', 'CVE-2021-26855']],
    [['catalog', 'lint']],
    [['help']],
    [['--quiet', 'diff', 'a', 'b']],
    [['15.2.1544.4', '--require', 'CVE-2024-21410']],
    [['--probe', 'ex01.contoso.com']],
    [['--hosts', 'hosts.csv', '--probe-timeout', '5']],
    [['15.2.1544.4', '-qf', 'json']],
    [['15.2.1544.4', '-fjson']],
    [['15.2.1544.4', '--', '--format']],
    [['15.2.1544.4', '--frobnicate']],
    [['15.2.1544.4', '--format', 'xml']],
    [['15.2.1544.4', '--as-of', '2026-02-30']],
    [['15.2.1544.4', '--grace', '-1']],
    [['15.2.1544.4', '--detect-timeout', '0']],
    [['15.2.1544.4', '-o', 'pdf=out.pdf']],
    [['15.2.1544.4', '--catalog-sha256', 'abc']],
    [['15.2.1544.4', '--quiet=yes']],
    [['15.2.1544.4', '--as-of']],
    [['-']],
  ])('leaves %j to commander', (argv) => {
    expect(parseUsualCheck(argv)).toBeNull();
  });

  it('knows every command name commander knows', () => {
    const program = createProgram(context, colorLevelFor, () => undefined);
    expect([...program.commands.map((command) => command.name()), 'help'].sort()).toEqual([...COMMAND_NAMES].sort());
  });
});
