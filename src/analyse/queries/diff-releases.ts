import type { Catalog, Fix } from '../../catalog/model.js';
import { UsageError } from '../../shared/errors.js';
import { resolveRelease, type ResolvedRelease } from './resolve-release.js';

export interface ReleaseDiff {
  readonly from: ResolvedRelease;
  readonly to: ResolvedRelease;
  readonly gained: readonly Fix[];
  readonly lost: readonly Fix[];
}

export function diffReleases(catalog: Catalog, fromText: string, toText: string, asOf: string): ReleaseDiff {
  const from = resolveRelease(catalog, fromText, asOf);
  const to = resolveRelease(catalog, toText, asOf);
  if (from.release.product !== to.release.product) {
    throw new UsageError(`${from.release.name} and ${to.release.name} are releases of different products`);
  }
  const before = catalog.contentsOf(from.release).fixes;
  const after = catalog.contentsOf(to.release).fixes;
  const fixes = (ids: Iterable<string>): Fix[] => [...ids].map((id) => catalog.fixes.get(id)).filter((fix): fix is Fix => fix !== undefined);
  return {
    from,
    to,
    gained: fixes([...after].filter((id) => !before.has(id))),
    lost: fixes([...before].filter((id) => !after.has(id))),
  };
}
