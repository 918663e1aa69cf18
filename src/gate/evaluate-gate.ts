import type { Report } from '../analyse/report.js';
import { daysBetween } from '../shared/calendar-date.js';
import type { Verdict } from '../shared/verdict.js';
import { meetsLevel, type FailOnLevel, type GatePolicy, type IgnoreEntry } from './gate-policy.js';
import { countSeverities, type SeverityCounts } from './severity-counts.js';
import { isShown } from './display-filter.js';
import type { GatedFix, GatedStep } from './gated-fix.js';
import type { SuppressionMatcher } from './suppression.js';

export type GateVerdict = Extract<Verdict, 'pass' | 'fail' | 'unplaced'>;

/** One reason a gate fails, with what it names kept apart, for views that list the names separately. */
export interface GateCause {
  /** `fixes`: fixes missing at or above the level; `updates`: security updates whose fixes no source lists; `other`: the rest. */
  readonly kind: 'fixes' | 'updates' | 'other';
  /** The reason without its list, e.g. "lacks 3 fixes at or above the high level". */
  readonly summary: string;
  /** The fix ids or release names the reason names. */
  readonly items: readonly string[];
  /** For `fixes`: the --fail-on level. */
  readonly level: FailOnLevel | null;
}

export interface GateOutcome {
  readonly verdict: GateVerdict;
  /** Each cause as one sentence, its list included (JSON's `gate.reasons`). */
  readonly reasons: readonly string[];
  readonly causes: readonly GateCause[];
  readonly failing: readonly string[];
  /** The exposed fixes no ignore entry suppresses, whatever --severity shows: the counts people read come from these. */
  readonly open: readonly GatedFix[];
  readonly shown: readonly GatedFix[];
  readonly suppressedCount: number;
  /** Exposed fixes `--severity` leaves out of the display (the gate counts them). */
  readonly hiddenCount: number;
  /** Configuration steps to confirm on the server, as the display shows them. */
  readonly unconfirmed: readonly GatedStep[];
  /** Steps no ignore-file entry confirms. */
  readonly unconfirmedCount: number;
  readonly counts: SeverityCounts;
  readonly usedEntries: readonly IgnoreEntry[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Why a server out of support fails, with the way out the recommendation gives. */
function unsupportedReason(report: Report): string {
  const { support, recommended } = report;
  if (support?.product.supported !== false) {
    return `line ${report.installed.line} out of support since ${support?.line?.end}${recommended ? `: install ${recommended.name}` : ''}`;
  }
  const wayOut =
    recommended !== null && recommended.product.id !== report.product?.id
      ? `move to ${recommended.product.name} (${recommended.name})`
      : `the catalog lists no supported successor${recommended !== null && !report.upToDate ? ` (the newest release, ${recommended.name}, gets no further fixes either)` : ''}`;
  return `out of support since ${support.product.end}: ${wayOut}`;
}

/**
 * The gate's verdict on one report: the fixes it lacks at or above the --fail-on level (certain
 * ones; uncertain ones too with --fail-on-uncertain), missing security updates whose fixes no
 * source lists, being behind, out of support, required fixes, and builds the catalog cannot place.
 */
export function evaluateGate(report: Report, host: string | null, policy: GatePolicy, matcher: SuppressionMatcher): GateOutcome {
  const pastGrace = (date: string): boolean => daysBetween(date, report.asOf) >= policy.graceDays;
  const used = new Set<IgnoreEntry>();
  const gated: GatedFix[] = report.exposed.map((fix) => {
    const match = matcher.suppressionFor(fix, host);
    if (match) used.add(match.entry);
    // The added field comes before the spread: Node 20 spends far more memory adding fields after one.
    return { suppressed: match?.suppression ?? null, ...fix };
  });
  const failing = gated
    .filter(
      (fix) =>
        fix.suppressed === null && (fix.certain || policy.failOnUncertain) && meetsLevel(policy.failOn, fix.severity, fix.exploited) && pastGrace(fix.date),
    )
    .map((fix) => fix.id);
  const causes: GateCause[] = [];
  const other = (summary: string): GateCause => ({ kind: 'other', summary, items: [], level: null });
  if (failing.length > 0) {
    causes.push({
      kind: 'fixes',
      summary: `lacks ${plural(failing.length, 'fix', 'fixes')} at or above the ${policy.failOn} level`,
      items: failing,
      level: policy.failOn,
    });
  }
  const unknownUpdates = report.missing.filter((release) => release.fixList.security === 'unknown' && pastGrace(release.date)).map((release) => release.name);
  if (unknownUpdates.length > 0 && policy.failOn !== 'exploited' && policy.failOn !== 'none') {
    causes.push({
      kind: 'updates',
      summary: `lacks ${plural(unknownUpdates.length, 'security update', 'security updates')} whose fixes the catalog does not list (fixes of unknown severity)`,
      items: unknownUpdates,
      level: null,
    });
  }
  const firstMissing = report.missing[0]?.date ?? report.recommended?.date ?? null;
  const behindTooLong = report.recommended !== null && !report.upToDate && firstMissing !== null && pastGrace(firstMissing);
  const onlyUncertain = report.exposed.every((fix) => !fix.certain);
  if (policy.failOn === 'any' && behindTooLong && onlyUncertain && report.status !== 'unknown')
    causes.push(other(`behind the recommended release ${report.recommended!.name}`));
  if (policy.failOnUnsupported && report.status === 'unsupported') causes.push(other(unsupportedReason(report)));
  for (const required of report.required) {
    if (required.state !== 'present' && required.state !== 'not-applicable') causes.push(other(`required fix ${required.id} is ${required.state}`));
  }
  const unplaced = (report.status === 'unknown' && policy.failOnUnknown) || (report.status === 'ahead' && policy.failOnNewerBuild);
  if (unplaced)
    causes.unshift(
      other(report.status === 'ahead' ? 'the build is newer than every release the catalog lists for its line' : 'the catalog cannot place the build'),
    );
  const steps: GatedStep[] = report.toConfirm.map((step) => {
    const match = matcher.suppressionFor(step, host);
    if (match) used.add(match.entry);
    return { suppressed: match?.suppression ?? null, ...step };
  });
  const openSteps = steps.filter((step) => step.suppressed === null);
  if (policy.failOnUnconfirmed === true && openSteps.length > 0) {
    causes.push({
      kind: 'other',
      summary: `${plural(openSteps.length, 'configuration step', 'configuration steps')} to confirm on the server`,
      items: openSteps.map((step) => step.id),
      level: null,
    });
  }
  const unsuppressed = gated.filter((fix) => fix.suppressed === null);
  const listed = policy.showSuppressed ? gated : unsuppressed;
  const filter = policy.showSeverities ?? null;
  const shown = listed.filter((fix) => isShown(filter, fix.severity));
  return {
    verdict: unplaced ? 'unplaced' : causes.length > 0 ? 'fail' : 'pass',
    reasons: causes.map((cause) => (cause.items.length > 0 ? `${cause.summary}: ${cause.items.join(', ')}` : cause.summary)),
    causes,
    failing,
    open: unsuppressed,
    shown,
    hiddenCount: listed.length - shown.length,
    unconfirmed: (policy.showSuppressed ? steps : openSteps).filter((step) => isShown(filter, step.severity)),
    unconfirmedCount: openSteps.length,
    suppressedCount: gated.length - unsuppressed.length,
    counts: countSeverities(unsuppressed),
    usedEntries: [...used],
  };
}
