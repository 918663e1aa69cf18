import type { Report } from '../core/report.js';
import type { ExitCode } from '../errors.js';
import type { GateOutcome } from '../gate/evaluate-gate.js';

export interface HostOutcome {
  readonly host: string | null;
  readonly line: number;
  readonly report: Report | null;
  readonly gate: GateOutcome | null;
  readonly error: string | null;
  readonly exitCode: ExitCode;
}

export const hostLabel = (outcome: HostOutcome): string => outcome.host ?? `(line ${outcome.line})`;
