import { rankOf, type Severity } from '../shared/severity.js';
import type { SeverityFilter } from './display-filter.js';
import type { HostGlob } from './host-glob.js';

export const FAIL_ON_LEVELS = ['any', 'low', 'medium', 'moderate', 'high', 'important', 'critical', 'exploited', 'none'] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

export interface IgnoreRule {
  readonly id: string;
  readonly reason: string;
  readonly expires: string | null;
  readonly hosts: string | null;
  readonly where: string;
}

export interface IgnoreEntry extends IgnoreRule {
  /** The compiled `hosts` glob; null for an entry that applies to every host. */
  readonly matchesHost: HostGlob | null;
}

export interface GatePolicy {
  readonly failOn: FailOnLevel;
  readonly failOnUnsupported: boolean;
  readonly failOnUnknown: boolean;
  /** Uncertain fixes (the build cannot prove the lack) count toward the gate. */
  readonly failOnUncertain: boolean;
  /** A build above every listed release of its line fails like an unplaced one. */
  readonly failOnNewerBuild: boolean;
  readonly graceDays: number;
  readonly require: readonly string[];
  readonly ignore: readonly IgnoreEntry[];
  readonly showSuppressed: boolean;
  /** Configuration steps the build cannot show (to confirm on the server) fail the gate too. */
  readonly failOnUnconfirmed?: boolean;
  /** Display only: the severities listed (`--severity`); the gate sees every finding. */
  readonly showSeverities?: SeverityFilter;
}

export const DEFAULT_GATE_POLICY: GatePolicy = {
  failOn: 'any',
  failOnUnsupported: true,
  failOnUnknown: true,
  failOnUncertain: false,
  failOnNewerBuild: false,
  graceDays: 0,
  require: [],
  ignore: [],
  showSuppressed: false,
};

/** Whether a missing fix of this severity fails a gate at this level. */
export function meetsLevel(level: FailOnLevel, severity: Severity | null, exploited: boolean): boolean {
  switch (level) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'exploited':
      return exploited;
    default:
      return severity !== null && rankOf(severity) >= rankOf(level);
  }
}
