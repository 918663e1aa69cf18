import type { CveRecord } from '../../parse/import/cve-record.js';
import { fixKey } from '../model.js';
import type { ImportLog } from './import-log.js';
import type { FixTarget } from './resolve-affected.js';
import type { WorkingCatalog, WorkingFix } from './working-catalog.js';

const lists = (list: readonly string[] | undefined, id: string): boolean => (list ?? []).some((entry) => fixKey(entry) === fixKey(id));

/**
 * Lists a fix on the release a record names as its first fixed build on a line. A record that moves
 * the first fixed build to a later release moves the fix and leaves it as uncertain on the earlier
 * one (a server there may or may not have it); one that names an earlier release than the catalog
 * is a conflict, since following it would call servers safe that the catalog does not. An older
 * version of a record (`superseded`) that names the release the fix moved away from is history, not a conflict.
 */
export function placeFix(work: WorkingCatalog, fix: WorkingFix, target: FixTarget, record: CveRecord, superseded: boolean, log: ImportLog): void {
  const { product, line, release } = target;
  const placed = work.placements(line, fix.id);
  if (placed.includes(release)) return;
  if (lists(release.uncertainFixes, fix.id)) {
    if (superseded) return;
    log.conflict(target.source, `${fix.id}: the record names "${release.name}", where the catalog lists the fix as uncertain: not changed`);
    return;
  }
  const later = placed.filter((other) => work.earlier(product, release, other));
  if (later.length > 0) {
    log.conflict(target.source, `${fix.id}: the record names "${release.name}", earlier than "${later[0]!.name}" where the catalog lists it: not moved`);
    return;
  }
  const earlier = placed.filter((other) => work.earlier(product, other, release));
  work.listFix(release, fix.id);
  if (earlier.length === 0) {
    if (!work.isNew(fix)) log.change('fix-placed', fix.id, `listed on "${release.name}"`);
    return;
  }
  for (const other of earlier) {
    work.unlistFix(other, fix.id);
    if (!lists(other.uncertainFixes, fix.id)) other.uncertainFixes = [...(other.uncertainFixes ?? []), fix.id];
  }
  log.change(
    'fact-changed',
    fix.id,
    `first fixed build on ${product.id} ${line.name} moved from "${earlier.map((other) => other.name).join('", "')}" to "${release.name}" (record of ${record.dateUpdated ?? 'unknown date'}); the earlier release lists it as uncertain`,
  );
  if (fix.note === undefined) {
    fix.note = `On ${record.dateUpdated ?? 'a later date'} the CVE record moved the first fixed build to a later update: a server on an update that lists this fix as uncertain may or may not have it`;
  }
}
