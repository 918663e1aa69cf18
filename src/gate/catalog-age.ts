import type { CatalogSource } from '../catalog/model.js';
import { daysBetween, secondTuesdaysAfter } from '../shared/calendar-date.js';

export const DEFAULT_MAX_CATALOG_AGE_DAYS = 60;

/** How current the catalogs' facts are on the as-of date. */
export interface CatalogFreshness {
  /** The date the facts are complete up to: the earliest any catalog declares, else the newest publication. */
  readonly factsComplete: string;
  /** Monthly update days (second Tuesdays) after that date, up to the as-of date. */
  readonly updateDaysSince: number;
}

export function catalogFreshness(combined: CatalogSource, asOf: string): CatalogFreshness {
  const factsComplete = combined.factsComplete ?? combined.published;
  return { factsComplete, updateDaysSince: asOf > factsComplete ? secondTuesdaysAfter(factsComplete, asOf) : 0 };
}

/** "facts end 2026-10-08; 2 monthly update days since: newer updates may exist", or null while the facts are current. */
export function describeFreshness({ factsComplete, updateDaysSince }: CatalogFreshness): string | null {
  if (updateDaysSince === 0) return null;
  return `facts end ${factsComplete}; ${updateDaysSince} monthly update ${updateDaysSince === 1 ? 'day' : 'days'} since: newer updates may exist`;
}

export function staleCatalogWarning(combined: CatalogSource, asOf: string, maxAgeDays: number): string | null {
  const { factsComplete } = catalogFreshness(combined, asOf);
  const age = daysBetween(factsComplete, asOf);
  if (age <= maxAgeDays) return null;
  return `the catalog's facts end ${factsComplete} (${combined.file}), ${age} days before ${asOf}: it may lack the latest rollups (limit: --max-catalog-age ${maxAgeDays})`;
}
