import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { supportsColor } from 'chalk';
import { isCalendarDate } from './calendar-date.js';
import { chooseColorLevel } from './color-level.js';
import { TARGETS, type Target } from './core/recommend.js';
import type { Report } from './core/report.js';
import { EXIT_CODES, RollupCheckError, UsageError, type ExitCode } from './errors.js';
import type { ColorLevel } from './render/render-options.js';
import { FORMATS, type Format } from './render/renderers.js';
import { TOOL_NAME, runCheck, toolVersion, type Output } from './run.js';

export const EXIT_CODE_HELP = `
Exit codes:
  0   current (or out of support but lacking no listed fix; said on stderr)
  1   exposed to at least one fixed issue, or behind the recommended release
  2   usage error or unreadable build string
  3   catalog error (every problem listed as file:line:column: message)
  4   the catalog cannot place the build (unknown product, or newer or older than every listed release)
  70  internal error`;

interface CliOptions {
  format: Format;
  asOf?: string;
  target: Target;
  catalog?: string;
  header: boolean;
  color?: boolean;
}

export function parseDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exitCodeFor(report: Report): ExitCode {
  switch (report.status) {
    case 'current':
      return EXIT_CODES.current;
    case 'behind':
      return EXIT_CODES.behind;
    case 'unsupported':
      return report.upToDate ? EXIT_CODES.current : EXIT_CODES.behind;
    case 'unknown':
      return EXIT_CODES.unplaced;
  }
}

export function createProgram(output: Output, setExitCode: (code: ExitCode) => void, env: NodeJS.ProcessEnv, isTTY: boolean): Command {
  return new Command()
    .name(TOOL_NAME)
    .description('Name the release a server build runs, the single rollup to install, and the fixed issues the build lacks.')
    .version(toolVersion(), '-V, --version')
    .argument('[build-string...]', 'build as the server reports it, e.g. 15.2.1118.7, "Version 15.2 (Build 1118.7)" or a release name')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--as-of <date>', 'analyse as of this date (YYYY-MM-DD; default today)', parseDateOption)
    .addOption(new Option('--target <target>', 'supported: newest release on a supported line; newest: newest release of the product').choices(TARGETS).default('supported'))
    .option('--catalog <file>', 'use this YAML catalog instead of the embedded one')
    .option('--no-header', 'tsv: leave out the header line')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', EXIT_CODE_HELP)
    .configureOutput({ writeOut: output.stdout, writeErr: output.stderr })
    .exitOverride()
    .action(async (words: string[], options: CliOptions) => {
      if (words.length === 0) throw new UsageError('give a build string, e.g. rollup-check 15.2.1118.7 (see --help)');
      const colorLevel: ColorLevel = chooseColorLevel({ flag: options.color, env, isTTY, detectedLevel: (supportsColor ? supportsColor.level : 0) as ColorLevel });
      const report = await runCheck(
        {
          buildString: words.join(' '),
          asOf: options.asOf ?? today(),
          target: options.target,
          format: options.format,
          header: options.header,
          colorLevel,
          catalogFile: options.catalog ?? null,
        },
        output,
      );
      setExitCode(exitCodeFor(report));
    });
}

export async function runCli(argv: readonly string[], output: Output, env: NodeJS.ProcessEnv, isTTY: boolean): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_CODES.current;
  const program = createProgram(output, (code) => (exitCode = code), env, isTTY);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.current : EXIT_CODES.usage;
    }
    const debug = argv.includes('--debug');
    if (error instanceof RollupCheckError) {
      output.stderr(`${TOOL_NAME}: ${error.message}\n`);
      if (debug && error.stack) output.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    output.stderr(`${TOOL_NAME}: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (debug) output.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT_CODES.internal;
  }
}
