import type { BuildStringForm } from '../parse/build/parse-build-string.js';
import type { Fix } from '../catalog/model.js';
import type { ProbeEvidence } from '../parse/probe/probe-evidence.js';
import type { Match } from './identify.js';

export const STATUSES = ['current', 'behind', 'unsupported', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const CONFIDENCES = ['exact', 'cu-level'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface ReleaseSummary {
  readonly name: string;
  readonly build: string;
  readonly date: string;
  readonly kb: string | null;
  readonly url: string | null;
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
  readonly product: { readonly supported: boolean; readonly end: string | null };
  readonly line: { readonly supported: boolean; readonly end: string | null } | null;
}

/** A fix the installed build lacks: the fix, the release that first brought it, and whether the build can prove the lack. */
export interface ExposedFix extends Fix {
  readonly fixedIn: string;
  readonly date: string;
  readonly certain: boolean;
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
  readonly recommended: (ReleaseSummary & { readonly path: readonly ReleaseSummary[] }) | null;
  readonly exposed: readonly ExposedFix[];
  readonly required: readonly RequiredFix[];
  readonly warnings: readonly ReportWarning[];
}
