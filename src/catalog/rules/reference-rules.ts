import { compareBuilds } from '../../parse/build/build.js';
import { BASE_RELEASE_KINDS } from '../document.js';
import { fixKey, releaseKey } from '../model.js';
import { forEachChangedLine, forEachLine, type CatalogRule } from './rule-helpers.js';

export const replacesEarlierRelease: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, build, path }) => {
      if (release.replaces === undefined) return [];
      const target = releases.find((other) => releaseKey(other.release.name) === releaseKey(release.replaces!));
      if (!target) return [{ path: [...path, 'replaces'], message: `"${release.name}" replaces "${release.replaces}", which is not a release on its line` }];
      if (compareBuilds(target.build, build) >= 0) return [{ path: [...path, 'replaces'], message: `"${release.name}" replaces "${release.replaces}", which does not have a lower build` }];
      return [];
    }),
  );

export const fixReferencesResolve: CatalogRule = (catalog) => {
  const defined = new Set((catalog.fixes ?? []).map((fix) => fixKey(fix.id)));
  return forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, path }) =>
      (release.fixes ?? []).flatMap((id, index) =>
        defined.has(fixKey(id)) ? [] : [{ path: [...path, 'fixes', index], message: `fix ${id} in "${release.name}" is not defined under fixes` }],
      ),
    ),
  );
};

export const fixListedOnce: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, path }) =>
      (release.fixes ?? []).flatMap((id, index) =>
        (release.fixes ?? []).findIndex((other) => fixKey(other) === fixKey(id)) < index ? [{ path: [...path, 'fixes', index], message: `fix ${id} is listed twice in "${release.name}"` }] : [],
      ),
    ),
  );

export const everyFixShipped: CatalogRule = (catalog) => {
  const shipped = new Set(forEachLine(catalog, (releases) => releases.flatMap(({ release }) => (release.fixes ?? []).map((id) => fixKey(id)))));
  return (catalog.fixes ?? []).flatMap((fix, index) =>
    shipped.has(fixKey(fix.id)) ? [] : [{ path: ['fixes', index, 'id'], message: `fix ${fix.id} is not shipped by any release` }],
  );
};

export const releaseHasKb: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases) =>
    releases
      .filter(({ release }) => release.kb === undefined && release.kind !== 'private' && !BASE_RELEASE_KINDS.includes(release.kind))
      .map(({ release, path }) => ({ path: [...path, 'name'], message: `"${release.name}" has no KB article` })),
  );

export const includedInLaterRelease: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, build, path }) => {
      if (release.includedIn === undefined) return release.kind === 'private' ? [{ path: [...path, 'kind'], message: `private fix "${release.name}" names no public rollup in includedIn` }] : [];
      const target = releases.find((other) => releaseKey(other.release.name) === releaseKey(release.includedIn!));
      if (!target || target.release.kind === 'private' || compareBuilds(target.build, build) <= 0) {
        return [{ path: [...path, 'includedIn'], message: `"${release.name}" names "${release.includedIn}" in includedIn, which is not a later public release on its line` }];
      }
      return [];
    }),
  );
