import type { Availability, FixListState, UpgradeMethod } from '../catalog/document.js';
import type { Fix } from '../catalog/model.js';
import type { BuildStringForm } from '../parse/build/parse-build-string.js';
import type { ProbeEvidence } from '../parse/probe/probe-evidence.js';
import type { Match } from './identify.js';
import type { SupportState } from './support.js';

export const STATUSES = ['current', 'behind', 'ahead', 'unsupported', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const CONFIDENCES = ['exact', 'cu-level'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How the recommended release is reached: updates on the product, or a move to its successor. */
export const RECOMMENDATION_METHODS = ['update', 'in-place', 'side-by-side', 'after-removal'] as const;
export type RecommendationMethod = 'update' | UpgradeMethod;

export interface ReleaseSummary {
  /** The id of the release's product. */
  readonly product: string;
  readonly name: string;
  readonly build: string;
  readonly date: string;
  readonly kb: string | null;
  readonly url: string | null;
  readonly availability: Availability;
}

export interface RecommendedRelease extends Omit<ReleaseSummary, 'product'> {
  readonly product: { readonly id: string; readonly name: string };
  /** The releases to install in order: a base release first when the line or product changes, then the rollup. */
  readonly path: readonly ReleaseSummary[];
  readonly method: RecommendationMethod;
  /** What the catalog says about the move to a successor product. */
  readonly note: string | null;
}

/** A release the server lacks on its way to the recommendation, with how complete its fix lists are. */
export interface MissingRelease extends ReleaseSummary {
  readonly fixList: { readonly security: FixListState; readonly bug: FixListState };
}

export interface InstalledState {
  readonly name: string | null;
  readonly build: string;
  readonly date: string | null;
  readonly line: string | null;
  readonly match: Match;
  readonly below: ReleaseSummary | null;
  readonly above: ReleaseSummary | null;
}

export interface SupportSummary {
  readonly product: SupportState;
  readonly line: SupportState | null;
  /** The Extended Security Update period covering the as-of date, for a product out of support; null when none does. */
  readonly esu: { readonly period: string; readonly until: string; readonly enrolled: boolean } | null;
}

/**
 * A fix the installed build lacks: the fix (its `cves` and `note` as they apply to the server's product), the release
 * that first brought it to the server's line, and whether the lack is certain.
 */
export interface ExposedFix extends Fix {
  readonly fixedIn: string;
  readonly date: string;
  /** False when the build cannot prove the lack: the fix may be installed, or may not apply. */
  readonly certain: boolean;
}

/** Whether the exposure lists every fix the server lacks, and if not, why. */
export interface ExposureCompleteness {
  readonly complete: boolean;
  readonly reasons: readonly string[];
  /** Missing security updates whose fixes no source lists: missing security fixes of unknown severity. */
  readonly unknownSecurityUpdates: readonly string[];
}

export const REQUIREMENT_STATES = ['present', 'missing', 'uncertain', 'not-applicable', 'unknown'] as const;
export type RequirementState = (typeof REQUIREMENT_STATES)[number];

export interface RequiredFix {
  readonly id: string;
  readonly state: RequirementState;
}

export interface ReportWarning {
  readonly code: string;
  readonly message: string;
}

/** A fix the build has whose protection also needs a step on the server that the build cannot show. */
export interface StepToConfirm {
  readonly id: string;
  readonly kind: Fix['kind'];
  readonly severity: Fix['severity'];
  readonly cvss: number | null;
  readonly exploited: boolean;
  readonly summary: string;
  readonly cves: readonly string[];
  /** What to confirm on the server (the fix's note). */
  readonly step: string;
  readonly url: string | null;
}

export interface Report {
  readonly asOf: string;
  /** `probe`: the evidence, when the build was read from the server's web endpoints. */
  readonly input: { readonly text: string; readonly form: BuildStringForm; readonly source: string | null; readonly probe?: ProbeEvidence };
  readonly build: string;
  readonly confidence: Confidence;
  readonly product: { readonly id: string; readonly name: string } | null;
  readonly installed: InstalledState;
  readonly support: SupportSummary | null;
  readonly status: Status;
  readonly upToDate: boolean;
  readonly recommended: RecommendedRelease | null;
  readonly exposed: readonly ExposedFix[];
  readonly missing: readonly MissingRelease[];
  readonly exposure: ExposureCompleteness;
  readonly required: readonly RequiredFix[];
  /** Fixes the build has whose configuration step it cannot show: to confirm on the server. */
  readonly toConfirm: readonly StepToConfirm[];
  readonly warnings: readonly ReportWarning[];
}
