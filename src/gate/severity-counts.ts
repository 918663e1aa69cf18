import { bandOf, type SeverityBand } from '../shared/severity.js';
import type { GatedFix } from './gated-fix.js';

export type SeverityCounts = Readonly<Record<SeverityBand | 'exploited' | 'exposed', number>>;

export const NO_COUNTS: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };

/** Counts the unsuppressed fixes by severity band, with the exploited ones and the total. */
export function countSeverities(fixes: readonly GatedFix[]): SeverityCounts {
  const counts = { ...NO_COUNTS };
  for (const fix of fixes) {
    if (fix.suppressed) continue;
    counts.exposed += 1;
    if (fix.exploited) counts.exploited += 1;
    if (fix.severity) counts[bandOf(fix.severity)] += 1;
  }
  return counts;
}
