import { daysBetween } from '../shared/calendar-date.js';
import type { CatalogSource } from '../catalog/model.js';

export const DEFAULT_MAX_CATALOG_AGE_DAYS = 60;

export function staleCatalogWarning(sources: readonly CatalogSource[], asOf: string, maxAgeDays: number): string | null {
  const newest = sources.reduce((best, source) => (source.published > best.published ? source : best));
  const age = daysBetween(newest.published, asOf);
  if (age <= maxAgeDays) return null;
  return `the newest catalog (${newest.file}) was published ${newest.published}, ${age} days before ${asOf}: it may lack the latest rollups (limit: --max-catalog-age ${maxAgeDays})`;
}
