import type { ProbeEvidence } from '../parse/probe/probe-evidence.js';
import type { Verdict } from '../shared/verdict.js';
import type { CheckedReport } from './checked-report.js';

/** One checked subject as the reports show it: a host-list row, or the single build given. */
export interface HostOutcome {
  /** What reports call it: the host name, `(line N)` for a row without one, or the build string given. */
  readonly label: string;
  /** The host name from the list, or null. */
  readonly host: string | null;
  /** The row's line in the host list; null for a single build. */
  readonly lineNumber: number | null;
  readonly checked: CheckedReport | null;
  /** Why the row could not be checked. */
  readonly error: string | null;
  readonly verdict: Verdict;
  /** What a probe that gave no build found; a checked host carries it in its report's `input.probe`. */
  readonly probe?: ProbeEvidence;
}
