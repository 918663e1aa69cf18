import type { Target } from '../analyse/recommend.js';
import type { CheckRequest } from '../app/check-request.js';
import type { OutputFile } from '../app/output-targets.js';
import type { RunContext } from '../app/run-context.js';
import { DEFAULT_MAX_CATALOG_AGE_DAYS } from '../gate/catalog-age.js';
import { severityFilterOf, type DisplaySeverity } from '../gate/display-filter.js';
import type { FailOnLevel } from '../gate/gate-policy.js';
import { quietDiagnostics } from '../output/diagnostics.js';
import type { HostsFormat } from '../parse/hosts/detect-format.js';
import type { Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import { UsageError } from '../shared/errors.js';
import { CATALOG_DEFAULTS, catalogChoice, type CatalogOptions } from './catalog-request.js';
import type { CommandOutcome } from './command-outcome.js';
import { rejectMistypedCommand } from './command-suggestion.js';
import { PROBE_COMMAND_DEFAULTS, probeSettings, probeTargets, type ProbeCommandOptions } from './probe-request.js';

/** The command names, and commander's own `help`: a first word within a typo of one is refused as a mistyped command. */
export const COMMAND_NAMES: readonly string[] = ['releases', 'explain', 'diff', 'catalog', 'completion', 'help'];

/** The options of a check, as commander or the fast path (`usual-check.ts`) read them. */
export interface CheckOptions extends CatalogOptions, ProbeCommandOptions {
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
  debug?: boolean;
}

/** The value of every check option not given (commander's defaults come from here too). */
export const CHECK_DEFAULTS = {
  ...CATALOG_DEFAULTS,
  ...PROBE_COMMAND_DEFAULTS,
  format: 'text',
  target: 'supported',
  header: true,
  failOn: 'any',
  warning: 'any',
  failOnUnknown: true,
  grace: 0,
  detectTimeout: 20,
  maxCatalogAge: DEFAULT_MAX_CATALOG_AGE_DAYS,
} as const satisfies Partial<CheckOptions>;

/** `--critical` is the Monitoring Plugins' name for the gate's level, `--fail-on`: one may be given, or both alike. */
function gateLevel(options: CheckOptions, givenOptions: readonly string[]): FailOnLevel {
  if (options.critical === undefined) return options.failOn;
  if (givenOptions.includes('failOn') && options.failOn !== options.critical)
    throw new UsageError('--critical is --fail-on under its monitoring name: give one of them');
  return options.critical;
}

/**
 * The request a check's options and build-text words make. `givenOptions` names the options the
 * command line gave (not defaults): the probe tuning options are refused where nothing is probed.
 */
export function checkRequestOf(
  words: readonly string[],
  options: CheckOptions,
  givenOptions: readonly string[],
  context: RunContext,
  colorLevelFor: (flag: boolean | undefined) => ColorLevel,
): CheckRequest {
  rejectMistypedCommand(words, COMMAND_NAMES);
  if (words.length > 0 && options.hosts !== undefined) throw new UsageError('give either a build string or --hosts, not both');
  if (options.probe !== undefined && options.hosts !== undefined) throw new UsageError('give either --probe or --hosts, not both');
  const targets = probeTargets(words, options);
  const hostList = options.hosts !== undefined || (words.length === 0 && targets.length === 0 && context.stdinHasData);
  return {
    buildString: words.length > 0 && targets.length === 0 ? words.join(' ') : null,
    probeTargets: targets,
    probe: probeSettings(options, givenOptions, targets.length > 0 || hostList),
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
      failOn: gateLevel(options, givenOptions),
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
  };
}

/** Runs a check, loading its orchestrator only now; `--quiet` keeps warnings and notes off stderr. */
export async function runCheckCommand(request: CheckRequest, options: CheckOptions, context: RunContext): Promise<CommandOutcome> {
  const { runCheck } = await import('../app/check.js');
  const runContext = request.quiet ? { ...context, diagnostics: quietDiagnostics(context.diagnostics) } : context;
  const result = await runCheck(request, runContext);
  return {
    verdict: result.verdict,
    staleCatalog: result.staleCatalog,
    failOnStaleCatalog: options.failOnStaleCatalog === true,
    monitoringState: request.format === 'nagios' ? result.monitoringState : null,
  };
}
