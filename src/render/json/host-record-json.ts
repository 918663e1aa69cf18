import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import type { ProbeEvidence } from '../../parse/probe/probe-evidence.js';
import { exitCodeOfVerdict, type ExitCode } from '../../shared/exit-codes.js';
import { reportBodyJson, type ReportBodyJson } from './report-json.js';

export interface HostHeadJson {
  readonly type: 'host';
  readonly host: string | null;
  /** The row's line in the host list; null for a single build. */
  readonly line: number | null;
}

export type HostRecordJson =
  | (HostHeadJson & ReportBodyJson)
  | (HostHeadJson & { readonly status: 'error'; readonly error: string; readonly exitCode: ExitCode; readonly probe?: ProbeEvidence });

export interface SummaryJson extends Omit<FleetSummary, 'verdict'> {
  readonly exitCode: ExitCode;
}

export const hostHeadJson = (outcome: HostOutcome): HostHeadJson => ({ type: 'host', host: outcome.host, line: outcome.lineNumber });

export function hostRecordJson(outcome: HostOutcome): HostRecordJson {
  const head = hostHeadJson(outcome);
  if (!outcome.checked) {
    const probe = outcome.probe ? { probe: outcome.probe } : {};
    return { ...head, status: 'error', error: outcome.error ?? 'unreadable row', exitCode: exitCodeOfVerdict(outcome.verdict), ...probe };
  }
  return { ...head, ...reportBodyJson(outcome.checked) };
}

export const summaryJson = ({ verdict, ...summary }: FleetSummary): SummaryJson => ({ ...summary, exitCode: exitCodeOfVerdict(verdict) });
