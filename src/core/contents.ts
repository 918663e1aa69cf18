import { compareBuilds } from '../build/build.js';
import type { Release } from '../catalog/model.js';

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
  if (release.cumulative) {
    for (const other of earlierOnLine) addAll(fixes, other.fixIds);
    addAll(fixes, release.fixIds);
    return { fixes, uncertain: new Set() };
  }
  addAll(fixes, release.fixIds);
  const uncertain = new Set(earlierOnLine.flatMap((other) => other.fixIds).filter((id) => !fixes.has(id)));
  return { fixes, uncertain };
}

function baseFixes(base: Release): Set<string> {
  const fixes = new Set(base.fixIds);
  for (const other of base.product.releases) {
    if (other.date < base.date) addAll(fixes, other.fixIds);
  }
  return fixes;
}

function addAll(target: Set<string>, ids: readonly string[]): void {
  for (const id of ids) target.add(id);
}
