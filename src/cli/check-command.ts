import type { Target } from '../analyse/recommend.js';
import type { CheckRequest } from '../app/check-request.js';
import type { OutputFile } from '../app/output-targets.js';
import type { RunContext } from '../app/run-context.js';
import { DEFAULT_MAX_CATALOG_AGE_DAYS } from '../gate/catalog-age.js';
import type { FailOnLevel } from '../gate/gate-policy.js';
import type { HostsFormat } from '../parse/hosts/detect-format.js';
import type { Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import { UsageError } from '../shared/errors.js';
import { CATALOG_DEFAULTS, catalogChoice, type CatalogOptions } from './catalog-request.js';
import type { CommandOutcome } from './command-outcome.js';

/** The options of a check, as commander or the fast path (`usual-check.ts`) read them. */
export interface CheckOptions extends CatalogOptions {
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
  grace: number;
  require?: string[];
  ignoreFile?: string;
  showSuppressed?: boolean;
  quiet?: boolean;
  detectTimeout: number;
  maxCatalogAge: number;
  failOnStaleCatalog?: boolean;
  debug?: boolean;
}

/** The value of every check option not given (commander's defaults come from here too). */
export const CHECK_DEFAULTS = {
  ...CATALOG_DEFAULTS,
  format: 'text',
  target: 'supported',
  header: true,
  failOn: 'any',
  failOnUnknown: true,
  grace: 0,
  detectTimeout: 20,
  maxCatalogAge: DEFAULT_MAX_CATALOG_AGE_DAYS,
} as const satisfies Partial<CheckOptions>;

/** The request a check's options and build-string words make. */
export function checkRequestOf(
  words: readonly string[],
  options: CheckOptions,
  context: RunContext,
  colorLevelFor: (flag: boolean | undefined) => ColorLevel,
): CheckRequest {
  if (words.length > 0 && options.hosts !== undefined) throw new UsageError('give either a build string or --hosts, not both');
  return {
    buildString: words.length > 0 ? words.join(' ') : null,
    hostsPath: options.hosts ?? null,
    hostsFormat: options.hostsFormat ?? null,
    asOf: options.asOf ?? context.today,
    maxCatalogAgeDays: options.maxCatalogAge,
    target: options.target,
    format: options.format,
    outputs: options.output ?? [],
    header: options.header,
    colorLevel: colorLevelFor(options.color),
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
  };
}

/** Runs a check, loading its orchestrator only now. */
export async function runCheckCommand(request: CheckRequest, options: CheckOptions, context: RunContext): Promise<CommandOutcome> {
  const { runCheck } = await import('../app/check.js');
  const result = await runCheck(request, context);
  return { ...result, failOnStaleCatalog: options.failOnStaleCatalog === true };
}
