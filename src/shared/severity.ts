/** Severities as catalogs write them: CVSS words and Microsoft's ratings. */
export const SEVERITIES = ['critical', 'high', 'important', 'medium', 'moderate', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The four bands every count, colour and gate level uses. */
export const SEVERITY_BANDS = ['critical', 'high', 'medium', 'low'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

/** The one severity table: each severity's band and rank (higher is more severe). */
const SEVERITY_TABLE: Readonly<Record<Severity, { readonly band: SeverityBand; readonly rank: number }>> = {
  critical: { band: 'critical', rank: 4 },
  high: { band: 'high', rank: 3 },
  important: { band: 'high', rank: 3 },
  medium: { band: 'medium', rank: 2 },
  moderate: { band: 'medium', rank: 2 },
  low: { band: 'low', rank: 1 },
};

export const bandOf = (severity: Severity): SeverityBand => SEVERITY_TABLE[severity].band;

/** Rank of a severity; an unrated fix ranks below every rated one. */
export const rankOf = (severity: Severity | null): number => (severity === null ? 0 : SEVERITY_TABLE[severity].rank);
