import { compareBuilds } from '../parse/build/build.js';
import type { Release, ReleaseContents } from './model.js';

/**
 * What each release contains under cumulative servicing, worked out once per release on first use:
 * - a base release (RTM, SP, CU) contains its own fixes, everything the product published before it,
 *   and everything a release it inherits from (of any product) contains;
 * - a cumulative update contains its base and every earlier update on its line;
 * - a non-cumulative package contains its base and its own fixes; earlier updates are uncertain;
 * - a private fix contains what a cumulative update at its build would, plus its own fixes;
 * - fixes a source places in a release while the current record places them later are uncertain
 *   there (and in later updates that do not ship them).
 */
export function contentsResolver(): (release: Release) => ReleaseContents {
  const known = new Map<Release, ReleaseContents>();
  const contentsOf = (release: Release): ReleaseContents => {
    let contents = known.get(release);
    if (!contents) {
      const { base } = release.line;
      contents = release === base ? baseContents(release, release.inherits ? contentsOf(release.inherits) : null) : updateContents(release, contentsOf(base));
      known.set(release, contents);
    }
    return contents;
  };
  return contentsOf;
}

function baseContents(base: Release, inherited: ReleaseContents | null): ReleaseContents {
  const fixes = new Set(base.publicFixIds);
  base.product.releases.forEach((other) => {
    if (other.date < base.date) addAll(fixes, other.publicFixIds);
  });
  if (inherited) addAll(fixes, inherited.fixes);
  return { fixes, uncertain: without(fixes, [...(inherited?.uncertain ?? []), ...base.uncertainFixIds]) };
}

function updateContents(release: Release, base: ReleaseContents): ReleaseContents {
  const fixes = new Set(base.fixes);
  const earlierOnLine = release.line.releases.filter((other) => other !== release.line.base && compareBuilds(other.build, release.build) < 0);
  const claimed = [...base.uncertain, ...[...earlierOnLine, release].flatMap((other) => other.uncertainFixIds)];
  if (release.kind === 'private' || release.cumulative) {
    for (const other of earlierOnLine) addAll(fixes, other.publicFixIds);
    addAll(fixes, release.publicFixIds);
    if (release.kind === 'private') addAll(fixes, release.fixIds);
    return { fixes, uncertain: without(fixes, claimed) };
  }
  addAll(fixes, release.publicFixIds);
  return { fixes, uncertain: without(fixes, [...claimed, ...earlierOnLine.flatMap((other) => other.fixIds)]) };
}

function without(fixes: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  return new Set(ids.filter((id) => !fixes.has(id)));
}

/** Adds every id (with forEach: a for-of loop would make an object per id, and this runs at every check's start). */
function addAll(target: Set<string>, ids: ReadonlySet<string> | readonly string[]): void {
  ids.forEach((id) => target.add(id));
}
