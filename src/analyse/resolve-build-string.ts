import { formatBuild, tryParseDottedBuild, tryParseSemverBuild, type Build } from '../parse/build/build.js';
import { normalizeBuildString, type BuildStringForm } from '../parse/build/parse-build-string.js';
import { readBuildText, type BuildRange, type BuildTextProof, type BuildTextReading } from '../parse/build-text/read-build-text.js';
import type { Catalog } from '../catalog/model.js';
import { BuildStringError } from '../shared/errors.js';
import { quoteAlternatives } from '../shared/nearest-names.js';
import { checkStatedNames, warnForeignBuild, warnPassedOver } from './reading-warnings.js';
import { findReleaseByName, suggestReleaseNames } from './release-names.js';
import type { ReportWarning } from './report.js';

export interface ResolvedBuildString {
  readonly build: Build;
  readonly form: BuildStringForm;
  /** `cu-level`: the text proves only the CU or service pack (AdminDisplayVersion, AD serialNumber, registry Setup values). */
  readonly proves: BuildTextProof;
  /** What the reading adds: values it passed over, release names that disagree with the build, a product the catalog leaves out. */
  readonly warnings: readonly ReportWarning[];
}

const RANGES = new WeakMap<Catalog, readonly BuildRange[]>();

/** The build ranges of the catalog's dotted products: a number outside all of them is no build the catalog can judge. */
function plausibleRanges(catalog: Catalog): readonly BuildRange[] {
  let ranges = RANGES.get(catalog);
  if (!ranges) {
    ranges = catalog.products.flatMap((product) => (product.scheme === 'dotted' ? [{ from: product.from, below: product.below } as BuildRange] : []));
    RANGES.set(catalog, ranges);
  }
  return ranges;
}

function resolveName(catalog: Catalog, name: string): ResolvedBuildString {
  const release = findReleaseByName(catalog, name);
  if (release) return { build: release.build, form: 'release-name', proves: 'exact', warnings: [] };
  const nearest = suggestReleaseNames(catalog, name);
  const hint = nearest.length > 0 ? `did you mean ${quoteAlternatives(nearest)}? ` : '';
  throw new BuildStringError(
    `the catalog (published ${catalog.source.published}) lists no release named "${name}"; ${hint}\`rollup-check releases\` lists them, or give the build instead`,
  );
}

function resolveReading(catalog: Catalog, reading: BuildTextReading): ResolvedBuildString {
  switch (reading.kind) {
    case 'build': {
      const warnings = [...checkStatedNames(catalog, reading.names, reading.build, reading.proves), ...warnPassedOver(reading.passedOver)];
      return { build: reading.build, form: reading.form, proves: reading.proves, warnings };
    }
    case 'foreign': {
      const build = tryParseDottedBuild(reading.build)!;
      return { build, form: reading.form, proves: 'exact', warnings: [warnForeignBuild(reading.product, formatBuild(build))] };
    }
    case 'name':
      return resolveName(catalog, reading.name);
  }
}

/**
 * Reads a build string the way the whole product does: a release the catalog names, else whatever build text
 * states (readBuildText, with the catalog's product ranges), else, for catalogs with semver products, a
 * semantic version. Throws a one-line BuildStringError when none of them reads it.
 */
export function resolveBuildString(catalog: Catalog, text: string): ResolvedBuildString {
  const normalized = normalizeBuildString(text);
  const named = findReleaseByName(catalog, normalized);
  if (named) return { build: named.build, form: 'release-name', proves: 'exact', warnings: [] };
  try {
    return resolveReading(catalog, readBuildText(text, { plausible: plausibleRanges(catalog) }));
  } catch (error) {
    if (!(error instanceof BuildStringError)) throw error;
    const semver = catalog.products.some((product) => product.scheme === 'semver') ? tryParseSemverBuild(normalized.replace(/^v/i, '')) : null;
    if (semver) return { build: semver, form: 'semver', proves: 'exact', warnings: [] };
    throw error;
  }
}
