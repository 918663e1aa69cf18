import type { Status } from '../core/report.js';
import { EXIT_CODES, type ExitCode } from '../errors.js';
import type { IgnoreEntry } from '../gate/gate-policy.js';
import { fingerprint } from './fingerprint.js';
import type { HostOutcome } from './host-outcome.js';

export type FleetStatus = Status | 'error';

export interface MissingFixCount {
  readonly id: string;
  readonly hosts: number;
  readonly severity: string | null;
  readonly exploited: boolean;
}

export interface FleetSummary {
  readonly hosts: number;
  readonly byStatus: Readonly<Record<FleetStatus, number>>;
  readonly failedGate: number;
  readonly suppressed: number;
  readonly mostMissing: readonly MissingFixCount[];
  readonly duplicateHosts: readonly string[];
  readonly exitCode: ExitCode;
}

const EXIT_PRECEDENCE: readonly ExitCode[] = [EXIT_CODES.usage, EXIT_CODES.unplaced, EXIT_CODES.behind, EXIT_CODES.current];
export const worseExitCode = (a: ExitCode, b: ExitCode): ExitCode => (EXIT_PRECEDENCE.indexOf(a) <= EXIT_PRECEDENCE.indexOf(b) ? a : b);

const MOST_MISSING = 10;
const DUPLICATES_SHOWN = 20;

export class FleetSummaryBuilder {
  private hosts = 0;
  private failedGate = 0;
  private suppressed = 0;
  private exitCode: ExitCode = EXIT_CODES.current;
  private readonly byStatus: Record<FleetStatus, number> = { current: 0, behind: 0, unsupported: 0, unknown: 0, error: 0 };
  private readonly missing = new Map<string, { hosts: number; severity: string | null; exploited: boolean }>();
  private readonly seenHosts = new Set<number>();
  private readonly duplicates: string[] = [];
  private duplicateCount = 0;
  readonly usedIgnoreEntries = new Set<IgnoreEntry>();

  add(outcome: HostOutcome): void {
    this.hosts += 1;
    this.exitCode = worseExitCode(this.exitCode, outcome.exitCode);
    this.byStatus[outcome.report?.status ?? 'error'] += 1;
    if (outcome.host !== null) this.noteHost(outcome.host);
    if (!outcome.gate) return;
    if (outcome.exitCode !== EXIT_CODES.current) this.failedGate += 1;
    this.suppressed += outcome.gate.suppressedCount;
    for (const entry of outcome.gate.usedEntries) this.usedIgnoreEntries.add(entry);
    for (const fix of outcome.gate.shown) {
      if (fix.suppressed) continue;
      const count = this.missing.get(fix.id);
      if (count) count.hosts += 1;
      else this.missing.set(fix.id, { hosts: 1, severity: fix.severity, exploited: fix.exploited });
    }
  }

  private noteHost(host: string): void {
    const key = fingerprint(host.toLowerCase());
    if (!this.seenHosts.has(key)) {
      this.seenHosts.add(key);
      return;
    }
    this.duplicateCount += 1;
    if (this.duplicates.length < DUPLICATES_SHOWN && !this.duplicates.includes(host)) this.duplicates.push(host);
  }

  get hostCount(): number {
    return this.hosts;
  }

  get duplicateHostCount(): number {
    return this.duplicateCount;
  }

  build(): FleetSummary {
    const mostMissing = [...this.missing.entries()]
      .map(([id, count]) => ({ id, ...count }))
      .sort((a, b) => b.hosts - a.hosts || Number(b.exploited) - Number(a.exploited) || (a.id < b.id ? -1 : 1))
      .slice(0, MOST_MISSING);
    return {
      hosts: this.hosts,
      byStatus: { ...this.byStatus },
      failedGate: this.failedGate,
      suppressed: this.suppressed,
      mostMissing,
      duplicateHosts: [...this.duplicates],
      exitCode: this.exitCode,
    };
  }
}
