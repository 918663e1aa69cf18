import { fixKey } from '../model.js';
import type { ImportLog } from './import-log.js';
import { emitItem, emitLine, emitPairs, FIX_KEYS, RELEASE_KEYS } from './yaml-emit.js';
import type { WorkingCatalog, WorkingRelease } from './working-catalog.js';

/** Release keys an overlay can fill in on an earlier catalog's release (see docs/catalog.md, layering). */
const FILLABLE = ['kb', 'url'] as const;
const IDENTITY = ['name', 'build', 'date', 'kind'] as const;

/**
 * The import's changes as an overlay catalog that layers on the target: new lines, releases and
 * fixes, fixes added to existing releases, and KBs and links filled in. A change an overlay cannot
 * carry (a moved fix, a changed fact of an existing fix) is a conflict: it is in no overlay.
 */
export function writeOverlayText(work: WorkingCatalog, header: string, log: ImportLog): string {
  const products = work.document.products.flatMap((product) => {
    const lines = product.lines.flatMap((line) => {
      if (work.isNew(line)) return [emitLine(line, 6)];
      const releases = line.releases.flatMap((release) => overlayRelease(work, release, log));
      return releases.length === 0 ? [] : [`${emitItem({ name: line.name }, ['name'], 6)}        releases:\n${releases.map((release) => emitItem(release, RELEASE_KEYS, 10)).join('')}`];
    });
    return lines.length === 0 ? [] : [`${emitItem(product, ['id', 'name', 'versionScheme', 'builds'], 2)}    lines:\n${lines.join('')}`];
  });
  const fixes = work.document.fixes.flatMap((fix) => {
    if (work.isNew(fix)) return [emitItem(fix, FIX_KEYS, 2)];
    if (JSON.stringify(fix) !== JSON.stringify(work.originals.get(fix))) log.conflict('overlay', `${fix.id}: an overlay cannot change a fix an earlier catalog defines; import into the catalog itself`);
    return [];
  });
  const top = emitPairs({ schemaVersion: 1, published: work.document.published, factsComplete: work.document.factsComplete }, ['schemaVersion', 'published', 'factsComplete'], '');
  return `${header}${top.replace('schemaVersion: 1.0', 'schemaVersion: 1')}products:${products.length === 0 ? ' []\n' : `\n${products.join('')}`}${fixes.length === 0 ? '' : `fixes:\n${fixes.join('')}`}`;
}

function overlayRelease(work: WorkingCatalog, release: WorkingRelease, log: ImportLog): WorkingRelease[] {
  if (work.isNew(release)) return [release];
  const before = work.originals.get(release) as WorkingRelease;
  const added = (release.fixes ?? []).filter((id) => !(before.fixes ?? []).some((other) => fixKey(other) === fixKey(id)));
  const removed = (before.fixes ?? []).filter((id) => !(release.fixes ?? []).some((other) => fixKey(other) === fixKey(id)));
  const keys = Object.keys({ ...before, ...release }) as (keyof WorkingRelease)[];
  const changed = keys.filter((key) => key !== 'fixes' && JSON.stringify(before[key]) !== JSON.stringify(release[key]));
  const carried = changed.filter((key) => (FILLABLE as readonly string[]).includes(key) && before[key] === undefined);
  const lost = changed.filter((key) => !carried.includes(key) && key !== 'fixList');
  if (removed.length > 0 || lost.length > 0) {
    const what = [...(removed.length > 0 ? [`removes ${removed.join(', ')}`] : []), ...lost.map((key) => `changes ${key}`)].join(', ');
    log.conflict('overlay', `"${release.name}": an overlay cannot carry this change (${what}); import into the catalog itself`);
    return [];
  }
  if (changed.includes('fixList')) log.note('overlay', `"${release.name}": its completed fix list is not in the overlay (an overlay cannot change a release's fixList)`);
  if (added.length === 0 && carried.length === 0) return [];
  const entry: Record<string, unknown> = Object.fromEntries(IDENTITY.map((key) => [key, release[key]]));
  for (const key of carried) entry[key] = release[key];
  if (added.length > 0) entry.fixes = added;
  return [entry as unknown as WorkingRelease];
}

