import type { Report } from '../../analyse/report.js';
import type { CatalogSource } from '../../catalog/model.js';
import { catalogFreshness, type CatalogFreshness } from '../../gate/catalog-age.js';
import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix, GatedStep } from '../../gate/gated-fix.js';
import { exitCodeOfVerdict, type ExitCode } from '../../shared/exit-codes.js';
import type { RenderOptions, ToolIdentity } from '../render-options.js';

/** Version of every JSON structure rollup-check writes (docs/json.md). */
export const JSON_SCHEMA_VERSION = 2;

export interface ExposedFixJson {
  readonly id: string;
  readonly kind: string;
  readonly severity: string | null;
  readonly cvss: number | null;
  readonly exploited: boolean;
  readonly kevAdded: string | null;
  readonly summary: string;
  readonly fixedIn: string;
  readonly date: string;
  readonly cves: readonly string[];
  readonly certain: boolean;
  readonly note: string | null;
  readonly url: string | null;
  readonly suppressed?: { readonly reason: string; readonly expires: string | null } | null;
}

/** The analysis of one build: the single-build report without its envelope, and a host record's body. */
export type ReportBodyJson = Pick<
  Report,
  | 'input'
  | 'build'
  | 'confidence'
  | 'product'
  | 'installed'
  | 'support'
  | 'status'
  | 'upToDate'
  | 'recommended'
  | 'missing'
  | 'exposure'
  | 'required'
  | 'warnings'
> & {
  readonly exposed: readonly ExposedFixJson[];
  readonly suppressedCount: number;
  readonly gate: { readonly passed: boolean; readonly exitCode: ExitCode; readonly reasons: readonly string[] };
  readonly unconfirmed: readonly UnconfirmedStepJson[];
  readonly hiddenBySeverity: number;
};

export interface UnconfirmedStepJson {
  readonly id: string;
  readonly kind: string;
  readonly severity: string | null;
  readonly cvss: number | null;
  readonly exploited: boolean;
  readonly summary: string;
  readonly cves: readonly string[];
  readonly step: string;
  readonly url: string | null;
  readonly suppressed: { readonly reason: string; readonly expires: string | null } | null;
}

export interface EnvelopeJson {
  readonly schemaVersion: number;
  readonly tool: ToolIdentity;
  readonly catalog: CatalogSource;
  readonly catalogs: readonly CatalogSource[];
  readonly asOf: string;
  readonly freshness: CatalogFreshness;
  /** Only with --insecure: TLS certificates of the servers probed were not verified. */
  readonly insecure?: true;
}

export type ReportJson = EnvelopeJson & ReportBodyJson;

export const envelopeJson = (options: RenderOptions): EnvelopeJson => ({
  schemaVersion: JSON_SCHEMA_VERSION,
  tool: options.tool,
  catalog: options.catalog,
  catalogs: options.catalogs,
  asOf: options.asOf,
  freshness: catalogFreshness(options.catalog, options.asOf),
  ...(options.insecure ? { insecure: true as const } : {}),
});

const exposedFixJson = (fix: GatedFix): ExposedFixJson => ({
  id: fix.id,
  kind: fix.kind,
  severity: fix.severity,
  cvss: fix.cvss,
  exploited: fix.exploited,
  kevAdded: fix.kevAdded,
  summary: fix.summary,
  fixedIn: fix.fixedIn,
  date: fix.date,
  cves: fix.cves,
  certain: fix.certain,
  note: fix.note,
  url: fix.url,
  suppressed: fix.suppressed,
});

export const reportBodyJson = ({ report, gate }: CheckedReport): ReportBodyJson => ({
  input: report.input,
  build: report.build,
  confidence: report.confidence,
  product: report.product,
  installed: report.installed,
  support: report.support,
  status: report.status,
  upToDate: report.upToDate,
  recommended: report.recommended,
  exposed: gate.shown.map(exposedFixJson),
  missing: report.missing,
  exposure: report.exposure,
  required: report.required,
  warnings: report.warnings,
  suppressedCount: gate.suppressedCount,
  gate: { passed: gate.verdict === 'pass', exitCode: exitCodeOfVerdict(gate.verdict), reasons: gate.reasons },
  unconfirmed: gate.unconfirmed.map(unconfirmedStepJson),
  hiddenBySeverity: gate.hiddenCount,
});

const unconfirmedStepJson = (step: GatedStep): UnconfirmedStepJson => ({
  id: step.id,
  kind: step.kind,
  severity: step.severity,
  cvss: step.cvss,
  exploited: step.exploited,
  summary: step.summary,
  cves: step.cves,
  step: step.step,
  url: step.url,
  suppressed: step.suppressed,
});

export const reportJson = (checked: CheckedReport, options: RenderOptions): ReportJson => ({ ...envelopeJson(options), ...reportBodyJson(checked) });

export const renderReportJson = (checked: CheckedReport, options: RenderOptions): string => `${JSON.stringify(reportJson(checked, options), null, 2)}\n`;
