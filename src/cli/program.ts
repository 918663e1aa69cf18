import { Command, Option } from 'commander';
import { TARGETS, type Target } from '../analyse/recommend.js';
import type { OutputFile } from '../app/output-targets.js';
import type { RunContext } from '../app/run-context.js';
import { DEFAULT_MAX_CATALOG_AGE_DAYS } from '../gate/catalog-age.js';
import { FAIL_ON_LEVELS, type FailOnLevel } from '../gate/gate-policy.js';
import { quietDiagnostics } from '../output/diagnostics.js';
import { HOSTS_FORMATS, type HostsFormat } from '../parse/hosts/detect-format.js';
import { FORMAT_NAMES, type Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import { UsageError } from '../shared/errors.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import { addCatalogOptions, catalogChoice, type CatalogOptions } from './catalog-options.js';
import type { CommandOutcome } from './command-outcome.js';
import { rejectMistypedCommand } from './command-suggestion.js';
import { EXIT_CODE_HELP } from './exit-code-help.js';
import { collectIds, parseDateOption, parseOutputFile, parsePositiveNumber, parseWholeNumber } from './option-parsers.js';
import { addProbeOptions, probeSettings, probeTargets, type ProbeOptions } from './probe-options.js';
import { addQueryCommands } from './query-commands.js';

interface CheckOptions extends CatalogOptions, ProbeOptions {
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
}

/** The command line: options become typed requests; each command loads its orchestrator when it runs. */
export function createProgram(context: RunContext, colorLevelFor: (flag: boolean | undefined) => ColorLevel, done: (outcome: CommandOutcome) => void): Command {
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
    .option('--esu', "the organisation is enrolled in the product's Extended Security Update programme: recommend ESU-only updates while a period runs")
    .option('--grace <days>', 'a fix first shipped fewer than DAYS ago does not fail the gate', parseWholeNumber, 0)
    .option('--require <fix-id...>', 'fail unless every named fix (comma-separated or repeated) is present', collectIds)
    .option('--ignore-file <file>', 'accepted findings (default: ./.rollupcheck-ignore.yaml when it exists)')
    .option('--show-suppressed', 'list suppressed findings too (they are always counted)')
    .option('--no-header', 'tsv: leave out the header line')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output')
    .option('-q, --quiet', 'only the report and errors: no progress spinner, warnings or notes')
    .option('--detect-timeout <seconds>', 'local server: time allowed for each PowerShell or registry query', parsePositiveNumber, 20)
    .option('--debug', 'show stack traces for errors');
  addProbeOptions(program)
    .addHelpText('after', EXIT_CODE_HELP)
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.diagnostics.raw(text) })
    .exitOverride()
    .action(async (words: string[], options: CheckOptions) => {
      rejectMistypedCommand(words, ['help', ...program.commands.map((command) => command.name())]);
      if (words.length > 0 && options.hosts !== undefined) throw new UsageError('give either a build string or --hosts, not both');
      if (options.probe !== undefined && options.hosts !== undefined) throw new UsageError('give either --probe or --hosts, not both');
      const targets = probeTargets(words, options);
      const hostList = options.hosts !== undefined || (words.length === 0 && targets.length === 0 && context.stdinHasData);
      const { runCheck } = await import('../app/check.js');
      const runContext = options.quiet === true ? { ...context, diagnostics: quietDiagnostics(context.diagnostics) } : context;
      const result = await runCheck(
        {
          buildString: words.length > 0 && targets.length === 0 ? words.join(' ') : null,
          probeTargets: targets,
          probe: probeSettings(options, program, targets.length > 0 || hostList),
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
          width: context.stdoutColumns,
          catalogs: catalogChoice(options),
          policy: {
            failOn: options.failOn,
            failOnUnsupported: options.failOnUnsupported !== false,
            failOnUnknown: options.failOnUnknown,
            failOnUncertain: options.failOnUncertain === true,
            failOnNewerBuild: options.failOnNewerBuild === true,
            graceDays: options.grace,
            require: options.require ?? [],
            showSuppressed: options.showSuppressed === true,
          },
          ignoreFile: options.ignoreFile ?? null,
          quiet: options.quiet === true,
          detectTimeoutMs: options.detectTimeout * 1000,
        },
        runContext,
      );
      done({ ...result, failOnStaleCatalog: options.failOnStaleCatalog === true });
    });
  addQueryCommands(addCatalogOptions(program), context, done);
  return program;
}
