import { compareBuilds } from '../parse/build/build.js';
import type { Release, ReleaseContents } from './model.js';

/**
 * What each release contains under cumulative servicing, worked out once per release on first use:
 * - a base release (RTM, SP, CU) contains its own fixes and everything the product published before it;
 * - a cumulative update contains its base and every earlier update on its line;
 * - a non-cumulative package contains its base and its own fixes; earlier updates are uncertain;
 * - a private fix contains what a cumulative update at its build would, plus its own fixes.
 */
export function contentsResolver(): (release: Release) => ReleaseContents {
  const known = new Map<Release, ReleaseContents>();
  const contentsOf = (release: Release): ReleaseContents => {
    let contents = known.get(release);
    if (!contents) {
      contents = release === release.line.base ? baseContents(release) : updateContents(release, contentsOf(release.line.base));
      known.set(release, contents);
    }
    return contents;
  };
  return contentsOf;
}

function baseContents(base: Release): ReleaseContents {
  const fixes = new Set(base.publicFixIds);
  for (const other of base.product.releases) {
    if (other.date < base.date) addAll(fixes, other.publicFixIds);
  }
  return { fixes, uncertain: new Set() };
}

function updateContents(release: Release, base: ReleaseContents): ReleaseContents {
  const fixes = new Set(base.fixes);
  const earlierOnLine = release.line.releases.filter((other) => other !== release.line.base && compareBuilds(other.build, release.build) < 0);
  if (release.kind === 'private' || release.cumulative) {
    for (const other of earlierOnLine) addAll(fixes, other.publicFixIds);
    addAll(fixes, release.publicFixIds);
    if (release.kind === 'private') addAll(fixes, release.fixIds);
    return { fixes, uncertain: new Set() };
  }
  addAll(fixes, release.publicFixIds);
  const uncertain = new Set(earlierOnLine.flatMap((other) => other.fixIds).filter((id) => !fixes.has(id)));
  return { fixes, uncertain };
}

function addAll(target: Set<string>, ids: readonly string[]): void {
  for (const id of ids) target.add(id);
}
