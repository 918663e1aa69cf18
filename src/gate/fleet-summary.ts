import type { Status } from '../analyse/report.js';
import { compareText } from '../shared/compare-text.js';
import { rankOf, type Severity } from '../shared/severity.js';
import { worseVerdict, type Verdict } from '../shared/verdict.js';
import type { GateOutcome } from './evaluate-gate.js';
import type { IgnoreEntry } from './gate-policy.js';
import { SeenNames } from './seen-names.js';
import type { HostOutcome } from './host-outcome.js';

export type FleetStatus = Status | 'error';

export interface MissingFixCount {
  readonly id: string;
  readonly hosts: number;
  readonly severity: Severity | null;
  readonly exploited: boolean;
}

/** A configuration step to confirm, and on how many hosts. */
export interface UnconfirmedStepCount {
  readonly id: string;
  readonly hosts: number;
  readonly step: string;
}

export interface FleetSummary {
  readonly hosts: number;
  readonly byStatus: Readonly<Record<FleetStatus, number>>;
  readonly failedGate: number;
  readonly suppressed: number;
  readonly mostMissing: readonly MissingFixCount[];
  /** Hosts with configuration steps to confirm on the server, and the steps by how many hosts need them. */
  readonly unconfirmedHosts: number;
  readonly unconfirmed: readonly UnconfirmedStepCount[];
  readonly duplicateHosts: readonly string[];
  /** The worst verdict over all hosts. */
  readonly verdict: Verdict;
}

const MOST_MISSING = 10;
const DUPLICATES_SHOWN = 20;
const GATES_BEFORE_FOLDING = 4096;

export class FleetSummaryBuilder {
  private hosts = 0;
  private failedGate = 0;
  private suppressed = 0;
  private verdict: Verdict = 'pass';
  private readonly byStatus: Record<FleetStatus, number> = { current: 0, behind: 0, ahead: 0, unsupported: 0, unknown: 0, error: 0 };
  private readonly hostsPerGate = new Map<GateOutcome, number>();
  private readonly missing = new Map<string, { hosts: number; severity: Severity | null; exploited: boolean }>();
  private readonly steps = new Map<string, { hosts: number; step: string }>();
  private unconfirmedHosts = 0;
  private readonly seenHosts = new SeenNames();
  private readonly duplicates: string[] = [];
  private duplicateCount = 0;
  readonly usedIgnoreEntries = new Set<IgnoreEntry>();

  add(outcome: HostOutcome): void {
    this.hosts += 1;
    this.verdict = worseVerdict(this.verdict, outcome.verdict);
    this.byStatus[outcome.checked?.report.status ?? 'error'] += 1;
    if (outcome.host !== null) this.noteHost(outcome.host);
    if (!outcome.checked) return;
    const { gate } = outcome.checked;
    if (outcome.verdict !== 'pass') this.failedGate += 1;
    this.suppressed += gate.suppressedCount;
    if (gate.unconfirmedCount > 0) this.unconfirmedHosts += 1;
    const seen = this.hostsPerGate.get(gate);
    if (seen === undefined) {
      if (this.hostsPerGate.size >= GATES_BEFORE_FOLDING) this.foldGates();
      this.hostsPerGate.set(gate, 1);
      for (const entry of gate.usedEntries) this.usedIgnoreEntries.add(entry);
    } else {
      this.hostsPerGate.set(gate, seen + 1);
    }
  }

  /** Hosts share gate outcomes per build; counting per outcome keeps each host O(1), folding keeps memory bounded. */
  private foldGates(): void {
    for (const [gate, hosts] of this.hostsPerGate) {
      for (const fix of gate.shown) {
        if (fix.suppressed) continue;
        const count = this.missing.get(fix.id);
        if (count) count.hosts += hosts;
        else this.missing.set(fix.id, { hosts, severity: fix.severity, exploited: fix.exploited });
      }
      for (const step of gate.unconfirmed) {
        if (step.suppressed) continue;
        const count = this.steps.get(step.id);
        if (count) count.hosts += hosts;
        else this.steps.set(step.id, { hosts, step: step.step });
      }
    }
    this.hostsPerGate.clear();
  }

  private noteHost(host: string): void {
    if (!this.seenHosts.addAndCheck(host.toLowerCase())) return;
    this.duplicateCount += 1;
    if (this.duplicates.length < DUPLICATES_SHOWN && !this.duplicates.some((name) => name.toLowerCase() === host.toLowerCase())) this.duplicates.push(host);
  }

  get hostCount(): number {
    return this.hosts;
  }

  get duplicateHostCount(): number {
    return this.duplicateCount;
  }

  build(): FleetSummary {
    this.foldGates();
    const mostMissing = [...this.missing.entries()]
      .map(([id, count]): MissingFixCount => ({ id, ...count }))
      .sort((a, b) => b.hosts - a.hosts || rankOf(b.severity) - rankOf(a.severity) || Number(b.exploited) - Number(a.exploited) || compareText(a.id, b.id))
      .slice(0, MOST_MISSING);
    return {
      hosts: this.hosts,
      byStatus: { ...this.byStatus },
      failedGate: this.failedGate,
      suppressed: this.suppressed,
      mostMissing,
      unconfirmedHosts: this.unconfirmedHosts,
      unconfirmed: [...this.steps.entries()]
        .map(([id, count]): UnconfirmedStepCount => ({ id, ...count }))
        .sort((a, b) => b.hosts - a.hosts || (a.id < b.id ? -1 : 1)),
      duplicateHosts: [...this.duplicates],
      verdict: this.verdict,
    };
  }
}
