import type { Catalog, Release, ReleaseContents } from '../catalog/model.js';
import type { RequiredFix } from './report.js';

export function unknownFixIds(catalog: Catalog, ids: readonly string[]): string[] {
  return ids.filter((id) => catalog.fixKeysFor(id).length === 0);
}

/**
 * Whether the installed release contains each required fix (a CVE also matches the bulletin that
 * covers it on the server's product). A fix applies when the product ships it or contains it
 * through a release it inherits from.
 */
export function checkRequirements(catalog: Catalog, floor: Release | null, contents: ReleaseContents | null, ids: readonly string[]): RequiredFix[] {
  return ids.map((id) => {
    if (!floor || !contents) return { id, state: 'unknown' };
    const matching = catalog.fixKeysFor(id, floor.product);
    const newest = floor.product.releases.at(-1);
    const applies = matching.some((key) => floor.product.shippersOf(key).length > 0 || (newest !== undefined && catalog.contentsOf(newest).fixes.has(key)));
    if (!applies) return { id, state: 'not-applicable' };
    if (matching.some((key) => contents.fixes.has(key))) return { id, state: 'present' };
    return { id, state: matching.some((key) => contents.uncertain.has(key)) ? 'uncertain' : 'missing' };
  });
}
