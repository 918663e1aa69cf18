import { fixKey, type Catalog, type Release } from '../catalog/model.js';
import { contentsOf } from '../catalog/contents.js';
import type { RequiredFix } from './report.js';

export function fixIdsMatching(catalog: Catalog, id: string): string[] {
  const wanted = fixKey(id);
  return [...catalog.fixes.entries()].filter(([key, fix]) => key === wanted || fix.cves.some((cve) => fixKey(cve) === wanted)).map(([key]) => key);
}

export function unknownFixIds(catalog: Catalog, ids: readonly string[]): string[] {
  return ids.filter((id) => fixIdsMatching(catalog, id).length === 0);
}

export function checkRequirements(catalog: Catalog, floor: Release | null, ids: readonly string[]): RequiredFix[] {
  return ids.map((id) => {
    const matching = fixIdsMatching(catalog, id);
    if (!floor) return { id, state: 'unknown' };
    if (!floor.product.releases.some((release) => release.fixIds.some((fixId) => matching.includes(fixId)))) return { id, state: 'not-applicable' };
    const contents = contentsOf(floor);
    if (matching.some((fixId) => contents.fixes.has(fixId))) return { id, state: 'present' };
    return { id, state: matching.some((fixId) => contents.uncertain.has(fixId)) ? 'uncertain' : 'missing' };
  });
}
