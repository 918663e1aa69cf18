import type { Catalog, Fix, Product } from '../../catalog/model.js';
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
  if (!related(from.release.product, to.release.product)) {
    throw new UsageError(`${from.release.name} and ${to.release.name} are releases of unrelated products (neither succeeds the other)`);
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

/** The same product, or one in the other's line of succession. */
function related(a: Product, b: Product): boolean {
  const chain = (product: Product): Product[] => {
    const seen: Product[] = [];
    for (let next: Product | undefined = product; next && !seen.includes(next); next = next.successor?.product) seen.push(next);
    return seen;
  };
  return chain(a).includes(b) || chain(b).includes(a);
}
