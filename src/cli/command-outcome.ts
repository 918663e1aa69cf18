import type { Verdict } from '../shared/verdict.js';

/** What a command concluded; the exit code comes from the exit-code table. */
export interface CommandOutcome {
  readonly verdict: Verdict;
  readonly staleCatalog: boolean;
  readonly failOnStaleCatalog: boolean;
}

export const outcomeOf = (verdict: Verdict): CommandOutcome => ({ verdict, staleCatalog: false, failOnStaleCatalog: false });

/** Commander stopped before any command ran: it showed help or the version, or refused the arguments and said why. */
export type ParseStop = 'shown' | 'refused';
