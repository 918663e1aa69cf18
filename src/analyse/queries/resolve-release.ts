import type { Catalog, Release } from '../../catalog/model.js';
import { identifyBuild } from '../identify.js';
import { resolveBuildString } from '../resolve-build-string.js';
import { NotInCatalogError, UsageError } from '../../shared/errors.js';

export interface ResolvedRelease {
  readonly text: string;
  readonly release: Release;
  readonly exact: boolean;
}

export function resolveRelease(catalog: Catalog, text: string, asOf: string): ResolvedRelease {
  const { build, warnings } = resolveBuildString(catalog, text);
  const identification = identifyBuild(catalog, build, asOf);
  const release = identification.release ?? identification.below;
  const foreign = warnings.find((warning) => warning.code === 'foreign-product');
  if (!release && foreign) throw new NotInCatalogError(foreign.message);
  if (!release) throw new UsageError(`the catalog cannot place ${JSON.stringify(text)} as of ${asOf}`);
  return { text, release, exact: identification.release !== null };
}
