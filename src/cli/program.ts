import { Command, CommanderError, Option } from 'commander';
import { TARGETS } from '../analyse/recommend.js';
import type { RunContext } from '../app/run-context.js';
import { DISPLAY_SEVERITIES } from '../gate/display-filter.js';
import { FAIL_ON_LEVELS } from '../gate/gate-policy.js';
import { writeText } from '../output/output-sink.js';
import { HOSTS_FORMATS } from '../parse/hosts/detect-format.js';
import { FORMAT_NAMES } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import { applyConfig } from './apply-config.js';
import { addCatalogOptions } from './catalog-options.js';
import { CHECK_DEFAULTS, checkRequestOf, runCheckCommand, type CheckOptions } from './check-command.js';
import { outcomeOf, type CommandOutcome, type ParseStop } from './command-outcome.js';
import { addConfigOptions } from './config-options.js';
import { EXIT_CODE_HELP } from './exit-code-help.js';
import { collectIds, parseDateOption, parseOutputFile, parsePositiveNumber, parseSeverities, parseWholeNumber } from './option-parsers.js';
import { addProbeOptions } from './probe-options.js';
import { addQueryCommands } from './query-commands.js';

/** The options the command line gave (not defaults, not the config file), by attribute name. */
const givenOptions = (command: Command): string[] =>
  command.options.map((option) => option.attributeName()).filter((name) => command.getOptionValueSource(name) === 'cli');

/** The command line: options become typed requests; each command loads its orchestrator when it runs. */
export function createProgram(
  context: RunContext,
  colorLevelFor: (flag: boolean | undefined) => ColorLevel,
  done: (outcome: CommandOutcome) => void,
  runCheck: typeof runCheckCommand = runCheckCommand,
  onNagios: () => void = () => undefined,
): Command {
  const program = new Command()
    .enablePositionalOptions()
    .name(TOOL_NAME)
    .description(
      'Name the release a server build runs, the single rollup to install, and the fixed issues the build lacks; for one build, a host list, or the local server.',
    )
    .version(context.toolVersion, '-V, --version')
    .helpCommand(true)
    .argument(
      '[build-string...]',
      'build text as a server or tool reports it, e.g. 15.2.1118.7, "Version 15.2 (Build 1118.7)", ExSetup.exe, HealthChecker or registry output, a mail header, or a release name such as "Exchange Server 2019 CU14"; or https://server to read it from the server; without it: --hosts, a host list on stdin, or the local server',
    )
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(FORMAT_NAMES).default(CHECK_DEFAULTS.format))
    .option('-o, --output <format=file>', 'also write FORMAT to FILE (repeatable), e.g. -o junit=junit.xml', parseOutputFile)
    .option('--hosts <file>', 'check every host in FILE (- for stdin)')
    .addOption(new Option('--hosts-format <format>', 'host list format (default: detected)').choices(HOSTS_FORMATS))
    .option('--as-of <date>', 'analyse as of this date (YYYY-MM-DD; default today, or SOURCE_DATE_EPOCH)', parseDateOption)
    .addOption(
      new Option('--target <target>', 'supported: newest release on a supported line; newest: newest release of the product')
        .choices(TARGETS)
        .default(CHECK_DEFAULTS.target),
    )
    .option('--max-catalog-age <days>', 'warn when the newest catalog is older than DAYS on the as-of date', parseWholeNumber, CHECK_DEFAULTS.maxCatalogAge)
    .option('--fail-on-stale-catalog', 'exit 5 when the newest catalog is older than --max-catalog-age')
    .addOption(new Option('--fail-on <level>', 'fail only when a fix at or above this level is missing').choices(FAIL_ON_LEVELS).default(CHECK_DEFAULTS.failOn))
    .option('--fail-on-unsupported', 'fail when a server is out of support (the default)')
    .option('--no-fail-on-unsupported', 'do not fail a server only for being out of support')
    .option('--fail-on-uncertain', 'also fail on fixes the build cannot prove missing (CU-level input, non-cumulative packages, disputed records)')
    .option('--no-fail-on-unknown', 'do not fail (exit 4) when the catalog cannot place a build')
    .option('--fail-on-newer-build', 'fail (exit 4) on a build newer than every release the catalog lists for its line')
    .addOption(
      new Option('--warning <level>', 'nagios: WARNING when a host passes the gate but lacks a fix at or above this level')
        .choices(FAIL_ON_LEVELS)
        .default(CHECK_DEFAULTS.warning),
    )
    .addOption(new Option('--critical <level>', 'nagios: CRITICAL at this level (the same as --fail-on)').choices(FAIL_ON_LEVELS))
    .option('--fail-on-unconfirmed', 'also fail on configuration steps the build cannot show (to confirm on the server), unless the ignore file confirms them')
    .option(
      '--severity <levels>',
      `show only findings of these severities (comma-separated: ${DISPLAY_SEVERITIES.join(', ')}); the gate still sees every finding`,
      parseSeverities,
    )
    .option('--esu', "the organisation is enrolled in the product's Extended Security Update programme: recommend ESU-only updates while a period runs")
    .option('--grace <days>', 'a fix first shipped fewer than DAYS ago does not fail the gate', parseWholeNumber, CHECK_DEFAULTS.grace)
    .option('--require <fix-id...>', 'fail unless every named fix (comma-separated or repeated) is present', collectIds)
    .option('--ignore-file <file>', 'accepted findings (default: ./.rollupcheck-ignore.yaml when it exists)')
    .option('--show-suppressed', 'list suppressed findings too (they are always counted)')
    .option('--no-header', 'tsv: leave out the header line')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output')
    .option('-q, --quiet', 'only the report and errors: no progress spinner, warnings or notes')
    .option('--detect-timeout <seconds>', 'local server: time allowed for each PowerShell or registry query', parsePositiveNumber, CHECK_DEFAULTS.detectTimeout)
    .option('--debug', 'show stack traces for errors');
  addProbeOptions(program)
    .addHelpText('after', EXIT_CODE_HELP)
    .hook('preAction', async (_, command) => {
      await applyConfig(command, context);
      if (command.opts<{ format?: string }>().format === 'nagios') onNagios();
    })
    .configureOutput({ writeOut: (text) => writeText(context.stdout, text), writeErr: (text) => context.diagnostics.raw(text) })
    .exitOverride()
    .action(async (words: string[], options: CheckOptions) =>
      done(await runCheck(checkRequestOf(words, options, givenOptions(program), context, colorLevelFor), options, context)),
    );
  addQueryCommands(addConfigOptions(addCatalogOptions(program)), context, done);
  return program;
}

/** Runs a command line through commander; help and version shown, or arguments refused (commander has said why), come back as such. */
export async function runProgram(
  argv: readonly string[],
  context: RunContext,
  colorLevelFor: (flag: boolean | undefined) => ColorLevel,
  onNagios: () => void,
): Promise<CommandOutcome | ParseStop> {
  let outcome: CommandOutcome = outcomeOf('pass');
  try {
    await createProgram(context, colorLevelFor, (done) => (outcome = done), runCheckCommand, onNagios).parseAsync(argv, { from: 'user' });
    return outcome;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 'shown' : { refused: error.message.replace(/^error: /, '') };
    throw error;
  }
}
