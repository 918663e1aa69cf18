import type { ImportSources } from '../../parse/import/import-sources.js';
import type { CatalogDocument } from '../document.js';
import { moveCatalogDates } from './facts-complete.js';
import { importBuildTable } from './import-build-table.js';
import { importKev } from './import-kev.js';
import { ImportLog } from './import-log.js';
import { importRecords } from './import-records.js';
import { namingOf } from './naming.js';
import { WorkingCatalog } from './working-catalog.js';

export interface ImportOptions {
  /** Today's date: `published` moves to it when anything changed. */
  readonly today: string;
  /** A factsComplete date the maintainer gives instead of the one the sources vouch for. */
  readonly factsComplete: string | null;
}

const newest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((best, date) => (date !== null && (best === null || date > best) ? date : best), null);

/** Applies build tables, then CVE records, then KEV catalogs to a copy of the catalog, logging every change, note and conflict. */
export function planImport(document: CatalogDocument, sources: ImportSources, options: ImportOptions): { readonly work: WorkingCatalog; readonly log: ImportLog } {
  const work = new WorkingCatalog(document);
  const naming = namingOf(work.document as unknown as CatalogDocument);
  const log = new ImportLog();
  log.inputs.records = sources.records.length;
  log.inputs.tables = sources.tables.length;
  log.inputs.tableRows = sources.tables.reduce((sum, table) => sum + table.rows.length, 0);
  log.inputs.kevCatalogs = sources.kev.length;
  log.inputs.kevEntries = sources.kev.reduce((sum, kev) => sum + kev.entries.length, 0);
  for (const table of sources.tables) importBuildTable(work, naming, table, log);
  importRecords(work, naming, sources.records, log);
  for (const kev of sources.kev) importKev(work, naming, kev, log);
  const dates = {
    records: sources.records.length === 0 ? null : (newest(sources.records.map((record) => record.dateUpdated)) ?? null),
    buildTable: sources.tables.length === 0 ? null : newest(sources.tables.flatMap((table) => table.rows.map((row) => row.date))),
    kev: newest(sources.kev.map((kev) => kev.released)),
    given: options.factsComplete,
  };
  moveCatalogDates(work, dates, options.today, log);
  return { work, log };
}
