import { COMMAND_NAMES } from './check-command.js';

/** The `--format` the command line gives a check (the last one wins, as in commander); null when it gives none. */
function formatOnCommandLine(argv: readonly string[]): string | null {
  let format: string | null = null;
  argv.forEach((word, index) => {
    if (word.startsWith('--format=')) format = word.slice('--format='.length);
    else if (word.startsWith('-f') && word.length > 2 && !word.startsWith('--')) format = word.slice(2);
    else if ((word === '--format' || word === '-f') && argv[index + 1] !== undefined) format = argv[index + 1]!;
  });
  return format;
}

/** A config file's `format: nagios`, read from its text without parsing it: an invalid file must still give a check result. */
const configTextAsksForNagios = (text: string): boolean => /^format\s*:\s*["']?nagios["']?\s*(#.*)?$/m.test(text);

/**
 * Whether a check is run as a monitoring check (`--format nagios` on the command line, or in the
 * config file when the command line names no format), known before the options are parsed: an
 * error must still be a check result. `configText` reads the config file the run would use, or
 * gives null.
 */
export function asksForNagios(argv: readonly string[], configText: () => string | null): boolean {
  if (COMMAND_NAMES.includes(argv[0] ?? '')) return false;
  const format = formatOnCommandLine(argv);
  if (format !== null) return format === 'nagios';
  const text = argv.includes('--no-config') ? null : configText();
  return text !== null && configTextAsksForNagios(text);
}
