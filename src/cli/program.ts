import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { supportsColor } from 'chalk';
import { isCalendarDate } from '../shared/calendar-date.js';
import { EMBEDDED_CATALOG } from '../input/embedded-catalog.js';
import { chooseColorLevel } from '../output/color-level.js';
import { DEFAULT_MAX_CATALOG_AGE_DAYS, defaultAsOf } from '../gate/catalog-age.js';
import { TARGETS, type Target } from '../analyse/recommend.js';
import { EXIT_CODES, RollupCheckError, UsageError, type ExitCode } from '../shared/errors.js';
import { FAIL_ON_LEVELS, type FailOnLevel } from '../gate/gate-policy.js';
import { isRemoteCatalog } from '../input/remote/remote-location.js';
import { HOSTS_FORMATS, type HostsFormat } from '../parse/hosts/detect-format.js';
import type { ColorLevel } from '../render/render-options.js';
import { VIEW_FORMATS, type ViewFormat } from '../render/queries/query-output.js';
import { OUTPUT_FORMATS, TOOL_NAME, runCheck, toolVersion, type OutputFormat, type OutputTarget, type RunIO } from '../app/check.js';
import type { CatalogView } from '../app/catalog-views.js';
import type { CatalogChoice } from '../app/check.js';

const EXIT_CODE_HELP = `
Exit codes (for a host list: the worst over all hosts, in the order 2, 4, 1, 0):
  0   current, or the gate passed (an out-of-support server lacking no listed fix is said on stderr)
  1   the gate failed: by default any exposed fix or a server behind its recommended release;
      see --fail-on, --grace, --require, --fail-on-unsupported and the ignore file
  2   usage error, unreadable build string or host-list row, bad ignore file
  3   catalog error (every problem listed as file:line:column: message)
  4   the catalog cannot place a build (unknown product, or newer or older than every listed
      release); --no-fail-on-unknown reports such hosts without failing
  5   the newest catalog is older than --max-catalog-age (only with --fail-on-stale-catalog)
  70  internal error`;

interface ViewOptions extends CatalogOptions {
  format: ViewFormat;
  asOf?: string;
  header: boolean;
}

interface CliOptions extends CatalogOptions {
  format: OutputFormat;
  output?: OutputTarget[];
  hosts?: string;
  hostsFormat?: HostsFormat;
  asOf?: string;
  target: Target;
  header: boolean;
  color?: boolean;
  failOn: FailOnLevel;
  failOnUnsupported?: boolean;
  failOnUnknown: boolean;
  grace: number;
  require?: string[];
  ignoreFile?: string;
  showSuppressed?: boolean;
  quiet?: boolean;
  detectTimeout: number;
  maxCatalogAge: number;
  failOnStaleCatalog?: boolean;
}

function parseDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

function parseWholeNumber(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

function parsePositiveNumber(value: string): number {
  const number = parseWholeNumber(value);
  if (number === 0) throw new InvalidArgumentError('expected at least 1.');
  return number;
}

function parseOutput(value: string, previous: OutputTarget[] = []): OutputTarget[] {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  if (!match || !(OUTPUT_FORMATS as string[]).includes(match[1]!)) {
    throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${OUTPUT_FORMATS.join(', ')}.`);
  }
  return [...previous, { format: match[1] as OutputFormat, path: match[2]! }];
}

const CATALOG_HELP = 'also use this YAML catalog (repeatable; later catalogs extend earlier ones)';
const collectFiles = (value: string, previous: string[] = []): string[] => [...previous, value];

interface CatalogOptions {
  catalog?: string[];
  defaultCatalog: boolean;
  offline?: boolean;
  catalogSha256?: string;
  catalogTimeout: number;
}

function catalogChoice(options: CatalogOptions): CatalogChoice {
  const files = (options.catalog ?? []).map((file) => ({ path: file, shownAs: file }));
  const locations = options.defaultCatalog ? [EMBEDDED_CATALOG, ...files] : files;
  if (locations.length === 0) throw new UsageError('--no-default-catalog needs at least one --catalog');
  const remote = files.filter((file) => isRemoteCatalog(file.path));
  if (options.catalogSha256 !== undefined && remote.length !== 1) throw new UsageError('--catalog-sha256 pins exactly one remote --catalog');
  return { locations, remote: { offline: options.offline === true, sha256: options.catalogSha256 ?? null, timeoutMs: options.catalogTimeout * 1000 } };
}

function addCatalogOptions(command: Command): Command {
  return command
    .option('--catalog <file-or-url>', CATALOG_HELP, collectFiles)
    .option('--no-default-catalog', 'leave out the embedded Exchange catalog')
    .option('--catalog-sha256 <hex>', 'refuse a remote catalog whose content has another SHA-256', parseSha256)
    .option('--catalog-timeout <seconds>', 'time allowed to fetch a remote catalog', parsePositiveNumber, 30)
    .option('--offline', 'use cached remote catalogs only');
}

function parseSha256(value: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new InvalidArgumentError('expected 64 hexadecimal digits.');
  return value.toLowerCase();
}

const collectIds = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((id) => id.trim()).filter(Boolean)];

/** Options given before a command name belong to the check itself; say so rather than ignore them. */
function rejectOptionsBefore(program: Command, command: string): undefined {
  const given = program.options.filter((option) => program.getOptionValueSource(option.attributeName()) === 'cli').map((option) => option.long ?? option.short);
  if (given.length > 0) throw new UsageError(`put ${given.join(', ')} after "${command}": options before a command name are not passed to it`);
  return undefined;
}

function addViewCommands(program: Command, io: RunIO, setExitCode: (code: ExitCode) => void): Command {
  const viewCommand = (name: string, description: string): Command =>
    addCatalogOptions(program.command(name).description(description))
      .addOption(new Option('-f, --format <format>', 'output format').choices(VIEW_FORMATS).default('text'))
      .option('--as-of <date>', 'as of this date (YYYY-MM-DD; default today, or SOURCE_DATE_EPOCH)', parseDateOption)
      .option('--no-header', 'tsv: leave out the header line')
      .option('--debug', 'show stack traces for errors');
  const run = async (options: ViewOptions, view: CatalogView): Promise<void> => {
    rejectOptionsBefore(program, view.view);
    const request = { format: options.format, asOf: options.asOf ?? defaultAsOf(io.env, new Date()), header: options.header, catalogs: catalogChoice(options) };
    const { runView } = await import('../on-demand.js');
    setExitCode(await runView(request, view, io));
  };
  viewCommand('releases', 'list the catalog\'s releases: name, build, date, KB and state (current, superseded, replaced, out-of-support)')
    .argument('[product]', 'a product id or a word of its name, e.g. exchange-2019 or 2019')
    .option('--line <line>', 'only this service line, e.g. CU14')
    .action((product: string | undefined, options: ViewOptions & { line?: string }) => run(options, { view: 'releases', product: product ?? null, line: options.line ?? null }));
  viewCommand('explain', 'explain a fix (where it ships, the first release per line that has it) or a build or release (its line, what it contains, what supersedes it)')
    .argument('<subject>', 'a fix id (KB, CVE, bulletin), a build string or a release name')
    .option('--build <build-string>', 'with a fix: say whether this build contains it, and why')
    .action((subject: string, options: ViewOptions & { build?: string }) => run(options, { view: 'explain', subject, build: options.build ?? null }));
  viewCommand('diff', 'the fixes gained (and lost) going from one build or release to another')
    .argument('<from>', 'build string or release name')
    .argument('<to>', 'build string or release name')
    .action((from: string, to: string, options: ViewOptions) => run(options, { view: 'diff', from, to }));
  const lint = program
    .command('catalog')
    .description('catalog tools')
    .command('lint')
    .description('check catalogs and list every error and warning as file:line:column: severity: message [rule]')
    .argument('[file...]', 'catalog files or URLs, layered on the embedded catalog unless --no-default-catalog')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VIEW_FORMATS).default('text'))
    .option('--no-header', 'tsv: leave out the header line')
    .option('--debug', 'show stack traces for errors')
    .action(async (files: string[], options: ViewOptions) => setExitCode(rejectOptionsBefore(program, 'catalog lint') ?? await (await import('../on-demand.js')).runLint(catalogChoice({ ...options, catalog: [...files, ...(options.catalog ?? [])] }), options.format, options.header, io)));
  addCatalogOptions(lint);
  return program;
}

function createProgram(io: RunIO, isTTY: boolean, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command()
    .enablePositionalOptions()
    .name(TOOL_NAME)
    .description('Name the release a server build runs, the single rollup to install, and the fixed issues the build lacks; for one build, a host list, or the local server.')
    .version(toolVersion(), '-V, --version')
    .argument('[build-string...]', 'build as the server reports it, e.g. 15.2.1118.7, "Version 15.2 (Build 1118.7)" or a release name; without it: --hosts, a host list on stdin, or the local server')
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(OUTPUT_FORMATS).default('text'))
    .option('-o, --output <format=file>', 'also write FORMAT to FILE (repeatable), e.g. -o junit=junit.xml', parseOutput)
    .option('--hosts <file>', 'check every host in FILE (- for stdin)')
    .addOption(new Option('--hosts-format <format>', 'host list format (default: detected)').choices(HOSTS_FORMATS))
    .option('--as-of <date>', 'analyse as of this date (YYYY-MM-DD; default today, or SOURCE_DATE_EPOCH)', parseDateOption)
    .addOption(new Option('--target <target>', 'supported: newest release on a supported line; newest: newest release of the product').choices(TARGETS).default('supported'))
    .option('--max-catalog-age <days>', 'warn when the newest catalog is older than DAYS on the as-of date', parseWholeNumber, DEFAULT_MAX_CATALOG_AGE_DAYS)
    .option('--fail-on-stale-catalog', 'exit 5 when the newest catalog is older than --max-catalog-age')
    .addOption(new Option('--fail-on <level>', 'fail only when a fix at or above this level is missing').choices(FAIL_ON_LEVELS).default('any'))
    .option('--fail-on-unsupported', 'fail when a server is out of support, even if it lacks nothing')
    .option('--no-fail-on-unknown', 'do not fail (exit 4) when the catalog cannot place a build')
    .option('--grace <days>', 'a fix first shipped fewer than DAYS ago does not fail the gate', parseWholeNumber, 0)
    .option('--require <fix-id...>', 'fail unless every named fix (comma-separated or repeated) is present', collectIds)
    .option('--ignore-file <file>', 'accepted findings (default: ./.rollupcheck-ignore.yaml when it exists)')
    .option('--show-suppressed', 'list suppressed findings too (they are always counted)')
    .option('--no-header', 'tsv: leave out the header line')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output')
    .option('-q, --quiet', 'no progress spinner')
    .option('--detect-timeout <seconds>', 'local server: time allowed for each PowerShell or registry query', parsePositiveNumber, 20)
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', EXIT_CODE_HELP)
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: io.stderr })
    .exitOverride()
    .action(async (words: string[], options: CliOptions) => {
      if (words.length > 0 && options.hosts !== undefined) throw new UsageError('give either a build string or --hosts, not both');
      const colorLevel: ColorLevel = chooseColorLevel({ flag: options.color, env: io.env, isTTY, detectedLevel: (supportsColor ? supportsColor.level : 0) as ColorLevel });
      const exitCode = await runCheck(
        {
          buildString: words.length > 0 ? words.join(' ') : null,
          hostsPath: options.hosts ?? null,
          hostsFormat: options.hostsFormat ?? null,
          asOf: options.asOf ?? defaultAsOf(io.env, new Date()),
          maxCatalogAgeDays: options.maxCatalogAge,
          failOnStaleCatalog: options.failOnStaleCatalog === true,
          target: options.target,
          format: options.format,
          outputs: options.output ?? [],
          header: options.header,
          colorLevel,
          catalogs: catalogChoice(options),
          policy: {
            failOn: options.failOn,
            failOnUnsupported: options.failOnUnsupported === true,
            failOnUnknown: options.failOnUnknown,
            graceDays: options.grace,
            require: options.require ?? [],
            showSuppressed: options.showSuppressed === true,
          },
          ignoreFile: options.ignoreFile ?? null,
          quiet: options.quiet === true,
          detectTimeoutMs: options.detectTimeout * 1000,
        },
        io,
      );
      setExitCode(exitCode);
    });
  return addViewCommands(addCatalogOptions(program), io, setExitCode);
}

export async function runCli(argv: readonly string[], io: RunIO, isTTY: boolean): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_CODES.current;
  const program = createProgram(io, isTTY, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.current : EXIT_CODES.usage;
    const debug = argv.includes('--debug');
    if (error instanceof RollupCheckError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    io.stderr(`${TOOL_NAME}: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT_CODES.internal;
  }
}
