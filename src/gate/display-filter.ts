import { bandOf, type Severity, type SeverityBand } from '../shared/severity.js';

/** What `--severity` accepts: the four bands, the words that map to them, and `unknown` for fixes without a severity. */
export const DISPLAY_SEVERITIES = ['critical', 'high', 'important', 'medium', 'moderate', 'low', 'unknown'] as const;
export type DisplaySeverity = (typeof DISPLAY_SEVERITIES)[number];

/** The bands (and `unknown`) a display shows; null shows everything. */
export type SeverityFilter = ReadonlySet<SeverityBand | 'unknown'> | null;

export const severityFilterOf = (severities: readonly DisplaySeverity[]): SeverityFilter =>
  severities.length === 0 ? null : new Set(severities.map((severity) => (severity === 'unknown' ? 'unknown' : bandOf(severity))));

/** Whether a finding of this severity is shown: the gate always sees every finding. */
export const isShown = (filter: SeverityFilter, severity: Severity | null): boolean =>
  filter === null || filter.has(severity === null ? 'unknown' : bandOf(severity));
