import type { KevCatalog } from '../../parse/import/kev-catalog.js';
import { markExploited } from './exploited.js';
import { sourceAt, type ImportLog } from './import-log.js';
import type { Naming } from './naming.js';
import type { WorkingCatalog } from './working-catalog.js';

/**
 * Flags the catalog's fixes that CISA's KEV catalog lists. An entry for a product no alias names is
 * ignored unless the catalog has a fix for its CVE (then it is a conflict); an entry for a catalog
 * product whose CVE the catalog lacks is a conflict too.
 */
export function importKev(work: WorkingCatalog, naming: Naming, kev: KevCatalog, log: ImportLog): void {
  for (const entry of kev.entries) {
    const name = `${entry.vendorProject} ${entry.product}`;
    const source = sourceAt(kev.file, entry.pointer);
    const product = naming.matchProduct(name);
    const fix = work.fix(entry.cveId) ?? work.fixCovering(entry.cveId);
    if (fix === null && product === null) continue;
    log.inputs.kevEntriesUsed++;
    if (fix === null) {
      log.conflict(source, `KEV lists ${entry.cveId} for "${name}" (added ${entry.dateAdded}), but the catalog has no fix for it: import its CVE record`);
    } else if (product === null) {
      log.conflict(source, `KEV lists ${entry.cveId} (fix ${fix.id}) for "${name}", a product no catalog product has as alias: not flagged`);
    } else {
      markExploited(fix, fix.id === entry.cveId || fix.kevAdded === undefined ? entry.dateAdded : null, `CISA KEV, added ${entry.dateAdded}`, log);
    }
  }
}
