import type { Catalog, Release } from '../catalog/model.js';
import type { RequiredFix } from './report.js';

export function unknownFixIds(catalog: Catalog, ids: readonly string[]): string[] {
  return ids.filter((id) => catalog.fixKeysFor(id).length === 0);
}

/** Whether the installed release contains each required fix (a CVE also matches the bulletin that covers it). */
export function checkRequirements(catalog: Catalog, floor: Release | null, ids: readonly string[]): RequiredFix[] {
  return ids.map((id) => {
    const matching = catalog.fixKeysFor(id);
    if (!floor) return { id, state: 'unknown' };
    if (!matching.some((key) => floor.product.shippersOf(key).length > 0)) return { id, state: 'not-applicable' };
    const contents = catalog.contentsOf(floor);
    if (matching.some((key) => contents.fixes.has(key))) return { id, state: 'present' };
    return { id, state: matching.some((key) => contents.uncertain.has(key)) ? 'uncertain' : 'missing' };
  });
}
