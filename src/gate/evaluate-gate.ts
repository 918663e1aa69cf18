import type { Report } from '../analyse/report.js';
import { daysBetween } from '../shared/calendar-date.js';
import type { Verdict } from '../shared/verdict.js';
import { meetsLevel, type GatePolicy, type IgnoreEntry } from './gate-policy.js';
import { countSeverities, type SeverityCounts } from './severity-counts.js';
import type { GatedFix } from './gated-fix.js';
import type { SuppressionMatcher } from './suppression.js';

export type GateVerdict = Extract<Verdict, 'pass' | 'fail' | 'unplaced'>;

export interface GateOutcome {
  readonly verdict: GateVerdict;
  readonly reasons: readonly string[];
  readonly failing: readonly string[];
  readonly shown: readonly GatedFix[];
  readonly suppressedCount: number;
  readonly counts: SeverityCounts;
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
  const failing = gated
    .filter((fix) => fix.suppressed === null && meetsLevel(policy.failOn, fix.severity, fix.exploited) && pastGrace(fix.date))
    .map((fix) => fix.id);
  const reasons: string[] = [];
  if (failing.length > 0)
    reasons.push(`lacks ${failing.length} ${failing.length === 1 ? 'fix' : 'fixes'} at or above the ${policy.failOn} level: ${failing.join(', ')}`);
  const behindTooLong = report.recommended !== null && !report.upToDate && pastGrace(report.recommended.date);
  const behindWithoutKnownFix = behindTooLong && report.exposed.length === 0 && report.status !== 'unknown';
  if (policy.failOn === 'any' && behindWithoutKnownFix) reasons.push(`behind the recommended release ${report.recommended!.name}`);
  if (policy.failOnUnsupported && report.status === 'unsupported') reasons.push('out of support');
  for (const required of report.required) {
    if (required.state !== 'present' && required.state !== 'not-applicable') reasons.push(`required fix ${required.id} is ${required.state}`);
  }
  const unplaced = report.status === 'unknown' && policy.failOnUnknown;
  if (unplaced) reasons.unshift('the catalog cannot place the build');
  const unsuppressed = gated.filter((fix) => fix.suppressed === null);
  return {
    verdict: unplaced ? 'unplaced' : reasons.length > 0 ? 'fail' : 'pass',
    reasons,
    failing,
    shown: policy.showSuppressed ? gated : unsuppressed,
    suppressedCount: gated.length - unsuppressed.length,
    counts: countSeverities(unsuppressed),
    usedEntries: [...used],
  };
}
