import { SEVERITY_BANDS } from '../../shared/severity.js';
import type { SeverityCounts } from '../../gate/severity-counts.js';
import { formatCount } from './format-count.js';

/** "3 missing (1 critical, 2 high, 1 exploited, 1 uncertain)", or "nothing missing"; counts as en-US writes them (12,345). */
export function describeCounts(counts: SeverityCounts): string {
  if (counts.exposed === 0) return 'nothing missing';
  const rated = SEVERITY_BANDS.filter((band) => counts[band] > 0);
  const unrated = counts.exposed - rated.reduce((sum, band) => sum + counts[band], 0);
  const parts = [
    ...rated.map((band) => `${formatCount(counts[band])} ${band}`),
    ...(unrated > 0 ? [`${formatCount(unrated)} unrated`] : []),
    ...(counts.exploited > 0 ? [`${formatCount(counts.exploited)} exploited`] : []),
    ...(counts.uncertain > 0 ? [`${formatCount(counts.uncertain)} uncertain`] : []),
  ];
  return `${formatCount(counts.exposed)} missing (${parts.join(', ')})`;
}
