import type { Build } from '../build/build.js';
import { normalizeBuildString, parseBuildString, type BuildStringForm } from '../build/parse-build-string.js';
import { releaseKey, type Catalog } from '../catalog/model.js';
import { BuildStringError } from '../errors.js';

export interface ResolvedBuildString {
  readonly build: Build;
  readonly form: BuildStringForm;
}

export function resolveBuildString(catalog: Catalog, text: string): ResolvedBuildString {
  try {
    return parseBuildString(text);
  } catch (error) {
    if (!(error instanceof BuildStringError)) throw error;
    const release = catalog.releasesByName.get(releaseKey(normalizeBuildString(text)));
    if (release) return { build: release.build, form: 'release-name' };
    throw error;
  }
}
