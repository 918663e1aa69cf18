import { unpadBuild } from '../../parse/import/build-table.js';
import type { AffectedEntry, CveRecord } from '../../parse/import/cve-record.js';
import { releaseKey } from '../model.js';
import { sourceAt, type ImportLog } from './import-log.js';
import type { Naming } from './naming.js';
import type { Placed, WorkingCatalog } from './working-catalog.js';

/** A release a record names as the first fixed build on a line. */
export interface FixTarget extends Placed {
  readonly source: string;
}

/**
 * The releases a record's affected entries name as first fixed builds. Entries that name no build,
 * a build the catalog lacks, or a product no alias names are reported, never guessed.
 */
export function resolveAffected(work: WorkingCatalog, naming: Naming, record: CveRecord, log: ImportLog): FixTarget[] {
  const targets: FixTarget[] = [];
  const unaliased = new Set<string>();
  for (const entry of record.affected) {
    const source = sourceAt(record.file, entry.pointer);
    const match = naming.matchProduct(entry.product);
    if (match === null) {
      if (!unaliased.has(entry.product)) log.conflict(sourceAt(record.file, entry.productPointer), `${record.cveId}: no catalog product has the alias "${entry.product}"`);
      unaliased.add(entry.product);
      continue;
    }
    const named = match.products.length === 1 ? naming.lineOf(match.products[0]!, match.rest) : null;
    const build = entry.lessThan === null ? null : buildText(work, match.products, entry.lessThan);
    if (build === null) {
      noBuild(work, record, entry, named === null ? null : { product: match.products[0]!.id, line: named }, source, log);
      continue;
    }
    const product = work.productOf(build);
    if (product === null || !match.products.some((candidate) => candidate.id === product.id)) {
      log.conflict(source, `${record.cveId}: first fixed build ${build} for "${entry.product}" lies ${product === null ? "in no product's build range" : `in ${product.id}`}`);
      continue;
    }
    const placed = work.releaseByBuild(product, build);
    if (placed === null) {
      log.conflict(source, `${record.cveId}: first fixed build ${build} for "${entry.product}" is not in the catalog (import the build table first)`);
      continue;
    }
    const line = named === null ? null : naming.lineOf(product, match.rest);
    if (line !== null && releaseKey(line) !== releaseKey(placed.line.name)) {
      const namedLine = product.lines.find((candidate) => releaseKey(candidate.name) === releaseKey(line));
      const namedBase = namedLine === undefined ? null : work.baseOf(product, namedLine);
      const placedBase = work.baseOf(product, placed.line)!;
      if (namedBase === null || !work.earlier(product, namedBase, placedBase)) {
        log.conflict(source, `${record.cveId}: "${entry.product}" names line ${line}, but its first fixed build ${build} is "${placed.release.name}" on line ${placed.line.name}`);
        continue;
      }
      log.note(source, `${record.cveId}: no update on ${product.id} ${line} fixes it; the first fixed build is "${placed.release.name}" on line ${placed.line.name} (a CU upgrade)`);
    }
    if (!targets.some((target) => target.release === placed.release)) targets.push({ ...placed, source });
  }
  return targets;
}

/** The build a lessThan value names in one of the products' schemes, without zero padding; null for words. */
function buildText(work: WorkingCatalog, products: readonly { readonly id: string }[], lessThan: string): string | null {
  const dotted = unpadBuild(lessThan);
  if (dotted !== null) return dotted;
  const product = work.document.products.find((candidate) => candidate.versionScheme === 'semver' && products.some(({ id }) => id === candidate.id));
  return product !== undefined && work.buildOf(product, lessThan.trim()) !== null ? lessThan.trim() : null;
}

function noBuild(
  work: WorkingCatalog,
  record: CveRecord,
  entry: AffectedEntry,
  named: { product: string; line: string } | null,
  source: string,
  log: ImportLog,
): void {
  const what = entry.lessThan === null ? 'gives no first fixed build' : `gives ${JSON.stringify(entry.lessThan)} instead of a first fixed build`;
  const product = named === null ? undefined : work.document.products.find((candidate) => candidate.id === named.product);
  const line = product?.lines.find((candidate) => releaseKey(candidate.name) === releaseKey(named!.line));
  const fix = work.fix(record.cveId) ?? work.fixCovering(record.cveId);
  const kept = line === undefined || fix === null ? [] : work.placements(line, fix.id);
  if (kept.length > 0) log.note(source, `${record.cveId}: "${entry.product}" ${what}; the catalog keeps it on "${kept[0]!.name}"`);
  else log.conflict(source, `${record.cveId}: "${entry.product}" ${what}: where it is fixed is not known`);
}
