import { bandOf, type SeverityBand } from '../shared/severity.js';
import type { GatedFix } from './gated-fix.js';

/** Unsuppressed fixes by band, with the exploited ones, the uncertain ones (the build cannot prove the lack) and the total. */
export type SeverityCounts = Readonly<Record<SeverityBand | 'exploited' | 'uncertain' | 'exposed', number>>;

export const NO_COUNTS: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, uncertain: 0, exposed: 0 };

export function countSeverities(fixes: readonly GatedFix[]): SeverityCounts {
  const counts = { ...NO_COUNTS };
  for (const fix of fixes) {
    if (fix.suppressed) continue;
    counts.exposed += 1;
    if (fix.exploited) counts.exploited += 1;
    if (!fix.certain) counts.uncertain += 1;
    if (fix.severity) counts[bandOf(fix.severity)] += 1;
  }
  return counts;
}
