import type { BuildTable, BuildTableRow } from '../../parse/import/build-table.js';
import { BASE_RELEASE_KINDS } from '../document.js';
import { releaseKey } from '../model.js';
import { sourceAt, type ImportLog } from './import-log.js';
import type { Naming } from './naming.js';
import type { WorkingCatalog, WorkingProduct, WorkingRelease } from './working-catalog.js';

/** Adds the releases of a build table the catalog lacks, each on the product and line its build falls in; fills in missing KBs and links. */
export function importBuildTable(work: WorkingCatalog, naming: Naming, table: BuildTable, log: ImportLog): void {
  const rows = [...table.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  const added: { product: WorkingProduct; release: WorkingRelease; source: string }[] = [];
  for (const row of rows) {
    const source = sourceAt(table.file, `line ${row.line}`);
    const product = work.productOf(row.build);
    if (product === null) {
      log.conflict(source, `"${row.name}" (${row.build}) lies in no product's build range`);
      continue;
    }
    const existing = work.releaseByBuild(product, row.build);
    if (existing !== null) {
      updateRelease(existing.release, row, source, log);
      continue;
    }
    const named = work.releaseByName(row.name);
    if (named !== null) {
      log.conflict(source, `"${row.name}" is build ${row.build} here but ${named.release.build} in the catalog`);
      continue;
    }
    const release = newRelease(work, naming, product, row, source, log);
    if (release !== null) added.push({ product, release, source });
  }
  for (const { product, release, source } of added) markReRelease(work, naming, product, release, source, log);
}

function updateRelease(release: WorkingRelease, row: BuildTableRow, source: string, log: ImportLog): void {
  if (release.date !== row.date) {
    if (release.dateDerived === true) {
      log.change('release-updated', release.name, `date ${release.date} (derived) becomes ${row.date}, as the build table gives it`);
      release.date = row.date;
      delete release.dateDerived;
    } else {
      log.conflict(source, `the build table dates "${release.name}" ${row.date}, the catalog ${release.date}: kept`);
    }
  }
  if (row.kb !== null && release.kb === undefined) {
    log.change('release-updated', release.name, `KB ${row.kb} added`);
    release.kb = row.kb;
  } else if (row.kb !== null && release.kb !== row.kb) {
    log.conflict(source, `the build table gives "${release.name}" ${row.kb}, the catalog ${release.kb}: kept`);
  }
  if (row.url !== null && release.url === undefined) {
    log.change('release-updated', release.name, 'link added');
    release.url = row.url;
  }
}

function newRelease(work: WorkingCatalog, naming: Naming, product: WorkingProduct, row: BuildTableRow, source: string, log: ImportLog): WorkingRelease | null {
  const kind = naming.kindOf(row.name);
  if (kind === null) {
    log.conflict(source, `cannot tell the kind of "${row.name}" from the catalog's naming.releaseKinds: not added`);
    return null;
  }
  const match = naming.matchProduct(row.name);
  const named = match !== null && match.products.includes(product) ? naming.lineOf(product, match.rest) : null;
  const release: WorkingRelease = { name: row.name, build: row.build, date: row.date, kind };
  if (row.kb !== null) release.kb = row.kb;
  if (row.url !== null) release.url = row.url;
  if (product.supportEnd !== undefined && row.date > product.supportEnd && product.extendedSecurityUpdates !== undefined) release.availability = 'esu';
  const where = `${row.build}, ${row.date}${row.kb === null ? '' : `, ${row.kb}`}`;
  if (BASE_RELEASE_KINDS.includes(kind)) {
    if (named === null) {
      log.conflict(source, `cannot tell the line "${row.name}" starts from the product's aliases and line names: not added`);
      return null;
    }
    if (product.lines.some((line) => releaseKey(line.name) === releaseKey(named))) {
      log.conflict(source, `"${row.name}" (${row.build}) would start line ${named} of ${product.id}, which has another base release: not added`);
      return null;
    }
    work.addLine(product, { name: named, releases: [release] });
    log.change('release-added', release.name, `${where}: starts line ${named} of ${product.id}`);
    return release;
  }
  const line = work.lineOf(product, row.build);
  if (line === null) {
    log.conflict(source, `"${row.name}" (${row.build}) lies below every line of ${product.id}: not added`);
    return null;
  }
  if (named !== null && releaseKey(named) !== releaseKey(line.name)) {
    log.conflict(source, `"${row.name}" names line ${named}, but build ${row.build} lies on line ${line.name} of ${product.id}: not added`);
    return null;
  }
  work.addRelease(product, line, release);
  log.change('release-added', release.name, `${where}: ${product.id} ${line.name}${release.availability === 'esu' ? ', ESU only (after the end of support)' : ''}`);
  return release;
}

/** A re-release (v2, v3) replaces the newest earlier release of its line named as its original. */
function markReRelease(work: WorkingCatalog, naming: Naming, product: WorkingProduct, release: WorkingRelease, source: string, log: ImportLog): void {
  const reRelease = naming.reReleaseOf(release.name);
  if (reRelease === null) return;
  const names = [reRelease.stem, ...Array.from({ length: reRelease.number - 2 }, (_, index) => `${reRelease.stem}v${index + 2}`)];
  const line = work.releaseByName(release.name)!.line;
  const original = names
    .map((name) => work.releaseByName(name))
    .filter((placed) => placed !== null && placed.line === line && work.earlier(product, placed.release, release))
    .pop();
  if (!original) {
    log.note(source, `"${release.name}" looks like a re-release, but its line has no earlier "${reRelease.stem}": no replaces`);
    return;
  }
  release.replaces = original.release.name;
  log.change('release-updated', release.name, `replaces ${original.release.name}`);
}
