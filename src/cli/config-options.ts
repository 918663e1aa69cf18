import type { Command, Option } from 'commander';

/** Options a list can set: given several times on the command line, a YAML list in the config file. */
const LISTS = new Set(['output', 'catalog', 'require', 'severity', 'probe']);
/** Options a config file never sets. */
const NOT_CONFIGURABLE = new Set(['version', 'help', 'config']);
const NUMBERS = new Set(['grace', 'detectTimeout', 'maxCatalogAge', 'catalogTimeout', 'probeTimeout', 'probeConcurrency']);
/** The options the config file sets for `releases`, `explain`, `diff` and `catalog lint` too; the rest are the check's. */
const SHARED = new Set(['catalog', 'defaultCatalog', 'catalogSha256', 'catalogTimeout', 'offline', 'asOf', 'header', 'debug']);

/** The config key of an option: its long name without `--` and `no-` (`header: false` for `--no-header`). */
export const configKeyOf = (option: Option): string => option.attributeName().replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export interface ConfigurableOption {
  readonly key: string;
  readonly attribute: string;
  /** The command-line form of the option with a value, or the flag (the positive one for a negatable pair). */
  readonly option: Option;
  readonly kind: 'flag' | 'value' | 'list' | 'number';
}

/**
 * Every option of a command a config file may set, one per attribute (a negatable pair is one
 * boolean key): all of the check's; the catalog options, --as-of, --no-header and --debug of the others.
 */
export function configurableOptions(command: Command): ConfigurableOption[] {
  const byAttribute = new Map<string, ConfigurableOption>();
  const isCheck = command.parent === null;
  for (const option of command.options) {
    const attribute = option.attributeName();
    if (NOT_CONFIGURABLE.has(attribute) || byAttribute.has(attribute) || (!isCheck && !SHARED.has(attribute))) continue;
    const takesValue = option.required || option.optional;
    const kind = !takesValue ? 'flag' : LISTS.has(attribute) ? 'list' : NUMBERS.has(attribute) ? 'number' : 'value';
    byAttribute.set(attribute, { key: configKeyOf(option), attribute, option, kind });
  }
  return [...byAttribute.values()];
}

function propertySchema({ option, kind }: ConfigurableOption): object {
  const description = option.description;
  const choices = option.argChoices;
  const value = choices ? { enum: choices } : { type: 'string', minLength: 1 };
  switch (kind) {
    case 'flag':
      return { type: 'boolean', description };
    case 'number':
      return { type: 'integer', minimum: 0, description };
    case 'list':
      return { description, anyOf: [value, { type: 'array', items: value }] };
    default:
      return { ...value, description };
  }
}

/** The JSON Schema of the config file, from the command line itself so that it stays in step (docs/config.schema.json). */
export function configSchemaOf(program: Command): object {
  const properties = new Map(configurableOptions(program).map((entry) => [entry.key, propertySchema(entry)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/rollup-check/rollup-check/blob/main/docs/config.schema.json',
    title: 'rollup-check configuration (.rollup-check.yaml)',
    description:
      "Options for rollup-check, by their long names (`fail-on: high` for --fail-on high; `header: false` for --no-header). The command line wins over the file; a list given on the command line replaces the file's. The catalog options, as-of, header and debug apply to releases, explain, diff and catalog lint too; the others to the check.",
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries([...properties.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** `--config FILE` and `--no-config`, on every command. */
export const addConfigOptions = (command: Command): Command =>
  command
    .option('--config <file>', 'read options from this YAML file (default: ./.rollup-check.yaml when it exists); the command line wins')
    .option('--no-config', 'do not read ./.rollup-check.yaml');
