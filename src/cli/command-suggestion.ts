import { UsageError } from '../shared/errors.js';
import { findTypoMatches, quoteAlternatives } from '../shared/nearest-names.js';

/**
 * The check takes any words as build text, so a mistyped command (`relases`) would be read as a build and
 * refused as one. A first word of letters only within a typo of a command is no build: say which command.
 */
export function rejectMistypedCommand(words: readonly string[], commands: readonly string[]): void {
  const [first] = words;
  if (first === undefined || !/^[a-z][a-z-]*$/i.test(first)) return;
  const nearest = findTypoMatches(first, commands);
  if (nearest.length === 0) return;
  throw new UsageError(
    `unknown command "${first}"; did you mean ${quoteAlternatives(nearest)}? (\`rollup-check --help\` lists the commands; a build has digits, such as 15.2.1118.7)`,
  );
}
