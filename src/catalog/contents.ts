import { compareBuilds } from '../parse/build/build.js';
import { releaseKey, type Product, type Release } from './model.js';

export interface ReleaseContents {
  readonly fixes: ReadonlySet<string>;
  readonly uncertain: ReadonlySet<string>;
}

const memo = new WeakMap<Release, ReleaseContents>();

export function contentsOf(release: Release): ReleaseContents {
  let contents = memo.get(release);
  if (!contents) {
    contents = computeContents(release);
    memo.set(release, contents);
  }
  return contents;
}

function computeContents(release: Release): ReleaseContents {
  const { base } = release.line;
  if (release === base) return { fixes: baseFixes(base), uncertain: new Set() };
  const fixes = new Set(contentsOf(base).fixes);
  const earlierOnLine = release.line.releases.filter((other) => other !== base && compareBuilds(other.build, release.build) < 0);
  if (release.kind === 'private' || release.cumulative) {
    for (const other of earlierOnLine) addAll(fixes, publicFixIds(other));
    addAll(fixes, publicFixIds(release));
    if (release.kind === 'private') addAll(fixes, release.fixIds);
    return { fixes, uncertain: new Set() };
  }
  addAll(fixes, publicFixIds(release));
  const uncertain = new Set(earlierOnLine.flatMap((other) => other.fixIds).filter((id) => !fixes.has(id)));
  return { fixes, uncertain };
}

function baseFixes(base: Release): Set<string> {
  const fixes = new Set(publicFixIds(base));
  for (const other of base.product.releases) {
    if (other.date < base.date) addAll(fixes, publicFixIds(other));
  }
  return fixes;
}

/** The fixes a public release brings: its own, plus those of the private fixes it is named to include. A private fix brings none publicly. */
export function publicFixIds(release: Release): readonly string[] {
  if (release.kind === 'private') return [];
  const included = privateFixesIncludedIn(release.product).get(releaseKey(release.name));
  return included === undefined ? release.fixIds : [...release.fixIds, ...included];
}

const includedByProduct = new WeakMap<Product, Map<string, string[]>>();

function privateFixesIncludedIn(product: Product): Map<string, string[]> {
  let included = includedByProduct.get(product);
  if (!included) {
    included = new Map();
    for (const release of product.releases) {
      if (release.kind !== 'private' || release.includedIn === null) continue;
      const key = releaseKey(release.includedIn);
      included.set(key, [...(included.get(key) ?? []), ...release.fixIds]);
    }
    includedByProduct.set(product, included);
  }
  return included;
}

function addAll(target: Set<string>, ids: readonly string[]): void {
  for (const id of ids) target.add(id);
}
