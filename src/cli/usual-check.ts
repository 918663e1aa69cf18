import { TARGETS } from '../analyse/recommend.js';
import { FAIL_ON_LEVELS } from '../gate/gate-policy.js';
import { HOSTS_FORMATS } from '../parse/hosts/detect-format.js';
import { FORMAT_NAMES } from '../render/format-names.js';
import { CHECK_DEFAULTS, COMMAND_NAMES, type CheckOptions } from './check-command.js';
import { choiceValue, dateValue, outputFileValue, positiveNumberValue, sha256Value, wholeNumberValue } from './option-values.js';

/** A check option: a flag sets its value; any other takes the next word (or `--name=value`) through its parser. */
type OptionSpec =
  | { readonly key: keyof CheckOptions; readonly set: boolean }
  | { readonly key: keyof CheckOptions; readonly value: (text: string) => unknown; readonly repeatable?: true };

const text = (value: string): string => value;
const format: OptionSpec = { key: 'format', value: choiceValue(FORMAT_NAMES) };
const output: OptionSpec = { key: 'output', value: outputFileValue, repeatable: true };
const quiet: OptionSpec = { key: 'quiet', set: true };

const OPTIONS = new Map<string, OptionSpec>([
  ['-f', format],
  ['--format', format],
  ['-o', output],
  ['--output', output],
  ['--hosts', { key: 'hosts', value: text }],
  ['--hosts-format', { key: 'hostsFormat', value: choiceValue(HOSTS_FORMATS) }],
  ['--as-of', { key: 'asOf', value: dateValue }],
  ['--target', { key: 'target', value: choiceValue(TARGETS) }],
  ['--max-catalog-age', { key: 'maxCatalogAge', value: wholeNumberValue }],
  ['--fail-on-stale-catalog', { key: 'failOnStaleCatalog', set: true }],
  ['--fail-on', { key: 'failOn', value: choiceValue(FAIL_ON_LEVELS) }],
  ['--fail-on-unsupported', { key: 'failOnUnsupported', set: true }],
  ['--no-fail-on-unsupported', { key: 'failOnUnsupported', set: false }],
  ['--fail-on-uncertain', { key: 'failOnUncertain', set: true }],
  ['--no-fail-on-unknown', { key: 'failOnUnknown', set: false }],
  ['--fail-on-newer-build', { key: 'failOnNewerBuild', set: true }],
  ['--esu', { key: 'esu', set: true }],
  ['--warning', { key: 'warning', value: choiceValue(FAIL_ON_LEVELS) }],
  ['--critical', { key: 'critical', value: choiceValue(FAIL_ON_LEVELS) }],
  ['--fail-on-unconfirmed', { key: 'failOnUnconfirmed', set: true }],
  ['--grace', { key: 'grace', value: wholeNumberValue }],
  ['--ignore-file', { key: 'ignoreFile', value: text }],
  ['--show-suppressed', { key: 'showSuppressed', set: true }],
  ['--no-header', { key: 'header', set: false }],
  ['--color', { key: 'color', set: true }],
  ['--no-color', { key: 'color', set: false }],
  ['-q', quiet],
  ['--quiet', quiet],
  ['--detect-timeout', { key: 'detectTimeout', value: positiveNumberValue }],
  ['--debug', { key: 'debug', set: true }],
  ['--catalog', { key: 'catalog', value: text, repeatable: true }],
  ['--no-default-catalog', { key: 'defaultCatalog', set: false }],
  ['--catalog-sha256', { key: 'catalogSha256', value: sha256Value }],
  ['--catalog-timeout', { key: 'catalogTimeout', value: positiveNumberValue }],
  ['--offline', { key: 'offline', set: true }],
]);

export interface UsualCheck {
  readonly words: readonly string[];
  readonly options: CheckOptions;
  /** The options the command line gave, by key. */
  readonly given: readonly string[];
}

/**
 * Reads the usual command line of a check (build-string words and check options, each option
 * spelled `--name value`, `--name=value`, `-f value` or as a flag) without loading commander.
 * Anything else (help, version, commands, `--require`, the probe options, `--severity`, the config file options, grouped short options,
 * `--`, an unknown option or a value commander would refuse) gives null, and commander reads the command line
 * instead: its results, messages and exit codes stay the only ones.
 */
export function parseUsualCheck(argv: readonly string[]): UsualCheck | null {
  const options: Record<string, unknown> = { ...CHECK_DEFAULTS };
  const words: string[] = [];
  const givenKeys: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!arg.startsWith('-')) {
      if (words.length === 0 && COMMAND_NAMES.includes(arg)) return null;
      words.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const spec = OPTIONS.get(equals > 0 ? arg.slice(0, equals) : arg);
    if (spec === undefined) return null;
    givenKeys.push(spec.key);
    if ('set' in spec) {
      if (equals > 0) return null;
      options[spec.key] = spec.set;
      continue;
    }
    const given = equals > 0 ? arg.slice(equals + 1) : argv[++index];
    const value = given === undefined ? null : spec.value(given);
    if (value === null) return null;
    options[spec.key] = spec.repeatable ? [...((options[spec.key] as unknown[] | undefined) ?? []), value] : value;
  }
  return { words, options: options as unknown as CheckOptions, given: givenKeys };
}
