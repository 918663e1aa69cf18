import { Command, Option } from 'commander';
import { TARGETS, type Target } from '../analyse/recommend.js';
import type { OutputFile } from '../app/output-targets.js';
import type { RunContext } from '../app/run-context.js';
import { DEFAULT_MAX_CATALOG_AGE_DAYS } from '../gate/catalog-age.js';
import { DISPLAY_SEVERITIES, severityFilterOf, type DisplaySeverity } from '../gate/display-filter.js';
import { FAIL_ON_LEVELS, type FailOnLevel } from '../gate/gate-policy.js';
import { HOSTS_FORMATS, type HostsFormat } from '../parse/hosts/detect-format.js';
import { FORMAT_NAMES, type Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import { UsageError } from '../shared/errors.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import { applyConfig } from './apply-config.js';
import { addCatalogOptions, catalogChoice, type CatalogOptions } from './catalog-options.js';
import { addConfigOptions } from './config-options.js';
import type { CommandOutcome } from './command-outcome.js';
import { EXIT_CODE_HELP } from './exit-code-help.js';
import { collectIds, parseDateOption, parseOutputFile, parsePositiveNumber, parseSeverities, parseWholeNumber } from './option-parsers.js';
import { addQueryCommands } from './query-commands.js';

interface CheckOptions extends CatalogOptions {
  format: Format;
  output?: OutputFile[];
  hosts?: string;
  hostsFormat?: HostsFormat;
  asOf?: string;
  target: Target;
  header: boolean;
  color?: boolean;
  failOn: FailOnLevel;
  failOnUnsupported?: boolean;
  failOnUnknown: boolean;
  failOnUncertain?: boolean;
  failOnNewerBuild?: boolean;
  esu?: boolean;
  grace: number;
  require?: string[];
  ignoreFile?: string;
  showSuppressed?: boolean;
  quiet?: boolean;
  detectTimeout: number;
  maxCatalogAge: number;
  failOnStaleCatalog?: boolean;
  failOnUnconfirmed?: boolean;
  severity?: DisplaySeverity[];
  warning: FailOnLevel;
  critical?: FailOnLevel;
}

/** `--critical` is the Monitoring Plugins' name for the gate's level, `--fail-on`: one may be given, or both alike. */
function gateLevel(options: CheckOptions, program: Command): FailOnLevel {
  if (options.critical === undefined) return options.failOn;
  if (program.getOptionValueSource('failOn') === 'cli' && options.failOn !== options.critical)
    throw new UsageError('--critical is --fail-on under its monitoring name: give one of them');
  return options.critical;
}

/** The command line: options become typed requests; each command loads its orchestrator when it runs. */
export function createProgram(
  context: RunContext,
  colorLevelFor: (flag: boolean | undefined) => ColorLevel,
  done: (outcome: CommandOutcome) => void,
  onNagios: () => void = () => undefined,
): Command {
  const program = new Command()
    .enablePositionalOptions()
    .name(TOOL_NAME)
    .description(
      'Name the release a server build runs, the single rollup to install, and the fixed issues the build lacks; for one build, a host list, or the local server.',
    )
    .version(context.toolVersion, '-V, --version')
    .argument(
      '[build-string...]',
      'build as the server reports it, e.g. 15.2.1118.7, "Version 15.2 (Build 1118.7)" or a release name; without it: --hosts, a host list on stdin, or the local server',
    )
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(FORMAT_NAMES).default('text'))
    .option('-o, --output <format=file>', 'also write FORMAT to FILE (repeatable), e.g. -o junit=junit.xml', parseOutputFile)
    .option('--hosts <file>', 'check every host in FILE (- for stdin)')
    .addOption(new Option('--hosts-format <format>', 'host list format (default: detected)').choices(HOSTS_FORMATS))
    .option('--as-of <date>', 'analyse as of this date (YYYY-MM-DD; default today, or SOURCE_DATE_EPOCH)', parseDateOption)
    .addOption(
      new Option('--target <target>', 'supported: newest release on a supported line; newest: newest release of the product')
        .choices(TARGETS)
        .default('supported'),
    )
    .option('--max-catalog-age <days>', 'warn when the newest catalog is older than DAYS on the as-of date', parseWholeNumber, DEFAULT_MAX_CATALOG_AGE_DAYS)
    .option('--fail-on-stale-catalog', 'exit 5 when the newest catalog is older than --max-catalog-age')
    .addOption(new Option('--fail-on <level>', 'fail only when a fix at or above this level is missing').choices(FAIL_ON_LEVELS).default('any'))
    .option('--fail-on-unsupported', 'fail when a server is out of support (the default)')
    .option('--no-fail-on-unsupported', 'do not fail a server only for being out of support')
    .option('--fail-on-uncertain', 'also fail on fixes the build cannot prove missing (CU-level input, non-cumulative packages, disputed records)')
    .option('--no-fail-on-unknown', 'do not fail (exit 4) when the catalog cannot place a build')
    .option('--fail-on-newer-build', 'fail (exit 4) on a build newer than every release the catalog lists for its line')
    .addOption(
      new Option('--warning <level>', 'nagios: WARNING when a host passes the gate but lacks a fix at or above this level')
        .choices(FAIL_ON_LEVELS)
        .default('any'),
    )
    .addOption(new Option('--critical <level>', 'nagios: CRITICAL at this level (the same as --fail-on)').choices(FAIL_ON_LEVELS))
    .option('--fail-on-unconfirmed', 'also fail on configuration steps the build cannot show (to confirm on the server), unless the ignore file confirms them')
    .option(
      '--severity <levels>',
      `show only findings of these severities (comma-separated: ${DISPLAY_SEVERITIES.join(', ')}); the gate still sees every finding`,
      parseSeverities,
    )
    .option('--esu', "the organisation is enrolled in the product's Extended Security Update programme: recommend ESU-only updates while a period runs")
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
    .hook('preAction', async (_, command) => {
      await applyConfig(command, context);
      if (command.opts<{ format?: string }>().format === 'nagios') onNagios();
    })
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.diagnostics.raw(text) })
    .exitOverride()
    .action(async (words: string[], options: CheckOptions) => {
      if (words.length > 0 && options.hosts !== undefined) throw new UsageError('give either a build string or --hosts, not both');
      const failOn = gateLevel(options, program);
      const { runCheck } = await import('../app/check.js');
      const result = await runCheck(
        {
          buildString: words.length > 0 ? words.join(' ') : null,
          hostsPath: options.hosts ?? null,
          hostsFormat: options.hostsFormat ?? null,
          asOf: options.asOf ?? context.today,
          maxCatalogAgeDays: options.maxCatalogAge,
          target: options.target,
          esu: options.esu === true,
          format: options.format,
          outputs: options.output ?? [],
          header: options.header,
          colorLevel: colorLevelFor(options.color),
          catalogs: catalogChoice(options),
          policy: {
            failOn,
            failOnUnsupported: options.failOnUnsupported !== false,
            failOnUnknown: options.failOnUnknown,
            failOnUncertain: options.failOnUncertain === true,
            failOnNewerBuild: options.failOnNewerBuild === true,
            graceDays: options.grace,
            require: options.require ?? [],
            showSuppressed: options.showSuppressed === true,
            failOnUnconfirmed: options.failOnUnconfirmed === true,
            showSeverities: severityFilterOf(options.severity ?? []),
          },
          ignoreFile: options.ignoreFile ?? null,
          quiet: options.quiet === true,
          detectTimeoutMs: options.detectTimeout * 1000,
          warningLevel: options.warning,
        },
        context,
      );
      done({
        verdict: result.verdict,
        staleCatalog: result.staleCatalog,
        failOnStaleCatalog: options.failOnStaleCatalog === true,
        monitoringState: options.format === 'nagios' ? result.monitoringState : null,
      });
    });
  addQueryCommands(addConfigOptions(addCatalogOptions(program)), context, done);
  return program;
}
