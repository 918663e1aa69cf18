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
