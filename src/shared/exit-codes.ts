import type { ErrorKind } from './errors.js';
import type { MonitoringState } from './monitoring-state.js';
import type { Verdict } from './verdict.js';

/** The documented exit codes (README, `--help`). */
export const EXIT_CODES = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  catalog: 3,
  unplaced: 4,
  staleCatalog: 5,
  unreachable: 6,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

const VERDICT_EXIT_CODES: Readonly<Record<Verdict, ExitCode>> = {
  pass: EXIT_CODES.ok,
  fail: EXIT_CODES.gateFailed,
  unreadable: EXIT_CODES.usage,
  'invalid-catalog': EXIT_CODES.catalog,
  unplaced: EXIT_CODES.unplaced,
  unreachable: EXIT_CODES.unreachable,
};

const ERROR_EXIT_CODES: Readonly<Record<ErrorKind, ExitCode>> = {
  usage: EXIT_CODES.usage,
  'build-string': EXIT_CODES.usage,
  catalog: EXIT_CODES.catalog,
  'not-in-catalog': EXIT_CODES.unplaced,
  unreachable: EXIT_CODES.unreachable,
};

export const exitCodeOfVerdict = (verdict: Verdict): ExitCode => VERDICT_EXIT_CODES[verdict];

export const exitCodeOfError = (kind: ErrorKind): ExitCode => ERROR_EXIT_CODES[kind];

/** A stale catalog replaces the codes of a finished check (0, 1, 4) when the run asks for it. */
export function exitCodeOfRun(verdict: Verdict, staleCatalog: boolean, failOnStaleCatalog: boolean): ExitCode {
  const code = exitCodeOfVerdict(verdict);
  const replaceable = verdict === 'pass' || verdict === 'fail' || verdict === 'unplaced';
  return staleCatalog && failOnStaleCatalog && replaceable ? EXIT_CODES.staleCatalog : code;
}

/**
 * The exit codes of `--format nagios` only, the Monitoring Plugins convention: they replace the
 * table above for that format (README, `--help`). Usage, catalog and internal errors are UNKNOWN.
 */
export const MONITORING_EXIT_CODES: Readonly<Record<MonitoringState, ExitCode>> = {
  ok: 0,
  warning: 1,
  critical: 2,
  unknown: 3,
};

export const exitCodeOfMonitoringState = (state: MonitoringState): ExitCode => MONITORING_EXIT_CODES[state];
