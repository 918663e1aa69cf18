import { rankOf, type Severity } from '../shared/severity.js';

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
  readonly matchesHost: ((host: string) => boolean) | null;
}

export interface GatePolicy {
  readonly failOn: FailOnLevel;
  readonly failOnUnsupported: boolean;
  readonly failOnUnknown: boolean;
  readonly graceDays: number;
  readonly require: readonly string[];
  readonly ignore: readonly IgnoreEntry[];
  readonly showSuppressed: boolean;
}

export const DEFAULT_GATE_POLICY: GatePolicy = {
  failOn: 'any',
  failOnUnsupported: false,
  failOnUnknown: true,
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
