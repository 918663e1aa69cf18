import type { Report } from '../analyse/report.js';
import type { ExitCode } from '../shared/errors.js';
import type { GateOutcome } from './evaluate-gate.js';

export interface HostOutcome {
  readonly host: string | null;
  readonly line: number;
  readonly report: Report | null;
  readonly gate: GateOutcome | null;
  readonly error: string | null;
  readonly exitCode: ExitCode;
}

export const hostLabel = (outcome: HostOutcome): string => outcome.host ?? `(line ${outcome.line})`;
