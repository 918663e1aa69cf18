import type { ImportLog } from './import-log.js';
import type { WorkingCatalog } from './working-catalog.js';

/** The dates the imported sources speak for. */
export interface SourceDates {
  /** The newest update date among the CVE records, when records were imported. */
  readonly records: string | null;
  /** The newest release date in the build tables, when a table was imported. */
  readonly buildTable: string | null;
  /** The KEV catalog's dateReleased, when one was imported. */
  readonly kev: string | null;
  /** A date the maintainer gives (--facts-complete). */
  readonly given: string | null;
}

const earliest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((best, date) => (date === null ? best : best === null || date < best ? date : best), null);

/**
 * Moves factsComplete to the newest date every imported source covers: the earliest of the records'
 * newest update, the build table's newest release and the KEV catalog's release date (or the date
 * given), only when records and a build table were both imported, nothing is in conflict, and the
 * date is later. The security fix lists of the releases dated in the newly covered days are then
 * complete; `published` becomes today when anything changed.
 */
export function moveCatalogDates(work: WorkingCatalog, dates: SourceDates, today: string, log: ImportLog): void {
  const current = work.document.factsComplete ?? null;
  const candidate = dates.given ?? (dates.records !== null && dates.buildTable !== null ? earliest([dates.records, dates.buildTable, dates.kev]) : null);
  if (candidate === null) {
    if (dates.records !== null || dates.buildTable !== null) log.note('factsComplete', 'kept: it moves only when CVE records and a build table are imported together, or with --facts-complete');
  } else if (log.conflicts.length > 0) {
    log.note('factsComplete', `kept at ${current ?? 'none'}: the import has unresolved conflicts`);
  } else if (current === null || candidate > current) {
    completeFixLists(work, current, candidate, log);
    work.document.factsComplete = candidate;
    log.change('catalog-dates', 'factsComplete', `${current ?? 'none'} becomes ${candidate}${dates.given === null ? ' (the newest date every imported source covers)' : ' (as given)'}`);
  }
  if (log.changes.length > 0 && today > work.document.published) {
    log.change('catalog-dates', 'published', `${work.document.published} becomes ${today}`);
    work.document.published = today;
  }
}

function completeFixLists(work: WorkingCatalog, from: string | null, to: string, log: ImportLog): void {
  for (const product of work.document.products) {
    const productDefault = product.fixList?.security ?? 'complete';
    for (const line of product.lines) {
      for (const release of line.releases) {
        if (release.date > to || (from !== null && release.date <= from) || (from === null && !work.isNew(release))) continue;
        if (release.kind === 'private' || release.kind === 'preview' || (release.fixList?.security ?? productDefault) === 'complete') continue;
        const { security, ...others } = release.fixList ?? {};
        void security;
        if (productDefault === 'complete') {
          if (Object.keys(others).length > 0) release.fixList = others;
          else delete release.fixList;
        } else {
          release.fixList = { ...others, security: 'complete' };
        }
        log.change('fix-list', release.name, 'security fix list complete');
      }
    }
  }
}
