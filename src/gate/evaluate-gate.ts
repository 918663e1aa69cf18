import { daysBetween } from '../shared/calendar-date.js';
import type { ExposedFix, Report } from '../analyse/report.js';
import { EXIT_CODES, type ExitCode } from '../shared/errors.js';
import { meetsLevel, type GatePolicy, type IgnoreEntry } from './gate-policy.js';
import type { Suppression, SuppressionMatcher } from './suppression.js';

export interface GatedFix extends ExposedFix {
  readonly suppressed: Suppression | null;
}

export interface GateOutcome {
  readonly exitCode: ExitCode;
  readonly reasons: readonly string[];
  readonly failing: readonly string[];
  readonly shown: readonly GatedFix[];
  readonly suppressedCount: number;
  readonly usedEntries: readonly IgnoreEntry[];
}

export function evaluateGate(report: Report, host: string | null, policy: GatePolicy, matcher: SuppressionMatcher): GateOutcome {
  const pastGrace = (date: string): boolean => daysBetween(date, report.asOf) >= policy.graceDays;
  const used = new Set<IgnoreEntry>();
  const gated: GatedFix[] = report.exposed.map((fix) => {
    const match = matcher.suppressionFor(fix, host);
    if (match) used.add(match.entry);
    return { ...fix, suppressed: match?.suppression ?? null };
  });
  const failing = gated.filter((fix) => fix.suppressed === null && meetsLevel(policy.failOn, fix.severity, fix.exploited) && pastGrace(fix.date)).map((fix) => fix.id);
  const reasons: string[] = [];
  if (failing.length > 0) reasons.push(`lacks ${failing.length} ${failing.length === 1 ? 'fix' : 'fixes'} at or above the ${policy.failOn} level: ${failing.join(', ')}`);
  const behindTooLong = report.recommended !== null && !report.upToDate && pastGrace(report.recommended.date);
  const behindWithoutKnownFix = behindTooLong && report.exposed.length === 0 && report.status !== 'unknown';
  if (policy.failOn === 'any' && behindWithoutKnownFix) reasons.push(`behind the recommended release ${report.recommended!.name}`);
  if (policy.failOnUnsupported && report.status === 'unsupported') reasons.push('out of support');
  for (const required of report.required) {
    if (required.state !== 'present' && required.state !== 'not-applicable') reasons.push(`required fix ${required.id} is ${required.state}`);
  }
  const unplaced = report.status === 'unknown' && policy.failOnUnknown;
  if (unplaced) reasons.unshift('the catalog cannot place the build');
  const exitCode = unplaced ? EXIT_CODES.unplaced : reasons.length > 0 ? EXIT_CODES.behind : EXIT_CODES.current;
  return {
    exitCode,
    reasons,
    failing,
    shown: policy.showSuppressed ? gated : gated.filter((fix) => fix.suppressed === null),
    suppressedCount: gated.length - gated.filter((fix) => fix.suppressed === null).length,
    usedEntries: [...used],
  };
}
