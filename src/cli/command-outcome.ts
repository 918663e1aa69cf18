import type { MonitoringState } from '../shared/monitoring-state.js';
import type { Verdict } from '../shared/verdict.js';

/** What a command concluded; the exit code comes from the exit-code table. */
export interface CommandOutcome {
  readonly verdict: Verdict;
  readonly staleCatalog: boolean;
  readonly failOnStaleCatalog: boolean;
  /** With `--format nagios`: the state of the check, whose exit code replaces the verdict's. */
  readonly monitoringState: MonitoringState | null;
}

export const outcomeOf = (verdict: Verdict): CommandOutcome => ({ verdict, staleCatalog: false, failOnStaleCatalog: false, monitoringState: null });

/**
 * Commander stopped before any command ran: it showed help or the version, or refused the
 * arguments and said why (`refused`: its message, for a monitoring check's UNKNOWN line).
 */
export type ParseStop = 'shown' | { readonly refused: string };
