/** Whether the command line asks for `--format nagios`, read from argv itself: an error before the options are parsed must still be a check result. */
export function asksForNagios(argv: readonly string[]): boolean {
  return argv.some(
    (word, index) => word === '--format=nagios' || word === '-fnagios' || ((word === '--format' || word === '-f') && argv[index + 1] === 'nagios'),
  );
}
