import type { Command, Option } from 'commander';

/** Options whose value is a file (completed with file names). */
const FILE_OPTIONS = new Set(['hosts', 'catalog', 'ignoreFile', 'config']);

export interface OptionCompletion {
  /** `--format`, `-f`, … */
  readonly flags: readonly string[];
  readonly description: string;
  readonly takesValue: boolean;
  readonly choices: readonly string[];
  readonly file: boolean;
}

export interface CommandCompletion {
  /** The words that lead to it after the program name: [] for the check itself, ['catalog', 'lint'], … */
  readonly path: readonly string[];
  readonly description: string;
  readonly options: readonly OptionCompletion[];
  /** The names of its subcommands. */
  readonly subcommands: readonly { readonly name: string; readonly description: string }[];
  /** The values its arguments take, where they are a closed set (`completion <shell>`). */
  readonly argumentChoices: readonly string[];
}

const optionCompletion = (option: Option): OptionCompletion => ({
  flags: [option.long, option.short].filter((flag): flag is string => flag !== undefined),
  description: option.description,
  takesValue: option.required || option.optional,
  choices: option.argChoices ?? [],
  file: FILE_OPTIONS.has(option.attributeName()),
});

/** Every command of the program with its options and subcommands, as the completion scripts need them: taken from commander, so they stay in step. */
export function completionModel(program: Command): CommandCompletion[] {
  const walk = (command: Command, path: readonly string[]): CommandCompletion[] => [
    {
      path,
      description: command.description(),
      options: [
        ...command.options.map(optionCompletion),
        { flags: ['--help', '-h'], description: 'display help', takesValue: false, choices: [], file: false },
      ],
      subcommands: command.commands.map((sub) => ({ name: sub.name(), description: sub.description() })),
      argumentChoices: command.registeredArguments.flatMap((argument) => argument.argChoices ?? []),
    },
    ...command.commands.flatMap((sub) => walk(sub, [...path, sub.name()])),
  ];
  return walk(program, []);
}

/** A word safe inside single quotes in every shell the scripts are for. */
export const quoted = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;
