import { tryParseSemverBuild, type Build } from '../parse/build/build.js';
import { normalizeBuildString, parseBuildString, type BuildStringForm } from '../parse/build/parse-build-string.js';
import { releaseKey, type Catalog } from '../catalog/model.js';
import { BuildStringError } from '../shared/errors.js';

export interface ResolvedBuildString {
  readonly build: Build;
  readonly form: BuildStringForm;
}

export function resolveBuildString(catalog: Catalog, text: string): ResolvedBuildString {
  try {
    return parseBuildString(text);
  } catch (error) {
    if (!(error instanceof BuildStringError)) throw error;
    const normalized = normalizeBuildString(text);
    const release = catalog.releasesByName.get(releaseKey(normalized));
    if (release) return { build: release.build, form: 'release-name' };
    const semver = catalog.products.some((product) => product.scheme === 'semver') ? tryParseSemverBuild(normalized.replace(/^v/i, '')) : null;
    if (semver) return { build: semver, form: 'semver' };
    throw error;
  }
}
