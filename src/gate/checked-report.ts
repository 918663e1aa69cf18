import type { Report } from '../analyse/report.js';
import type { GateOutcome } from './evaluate-gate.js';

export interface CheckedReport {
  readonly report: Report;
  readonly gate: GateOutcome;
}
