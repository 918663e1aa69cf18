import { daysBetween } from '../shared/calendar-date.js';
import { UsageError } from '../shared/errors.js';
import type { CatalogSource } from '../catalog/model.js';

export const DEFAULT_MAX_CATALOG_AGE_DAYS = 60;

export function staleCatalogWarning(sources: readonly CatalogSource[], asOf: string, maxAgeDays: number): string | null {
  const newest = sources.reduce((best, source) => (source.published > best.published ? source : best));
  const age = daysBetween(newest.published, asOf);
  if (age <= maxAgeDays) return null;
  return `the newest catalog (${newest.file}) was published ${newest.published}, ${age} days before ${asOf}: it may lack the latest rollups (limit: --max-catalog-age ${maxAgeDays})`;
}

export function defaultAsOf(env: NodeJS.ProcessEnv, now: Date): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    const date = /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
    if (date === null || Number.isNaN(date.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH must be seconds since 1970-01-01, not ${JSON.stringify(epoch)}`);
    return date.toISOString().slice(0, 10);
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
