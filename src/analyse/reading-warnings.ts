// The warnings a reading of build text adds to a report: what it passed over, names that disagree, other products.
import { compareBuilds, formatBuild, type DottedBuild } from '../parse/build/build.js';
import { nameForeignProduct, type BuildTextProof, type ForeignProduct } from '../parse/build-text/read-build-text.js';
import type { Catalog, Release } from '../catalog/model.js';
import { findReleaseByName } from './release-names.js';
import type { Report, ReportWarning } from './report.js';

/** What to do about a server of a product the catalog leaves out. */
const FOREIGN_ADVICE: Readonly<Record<ForeignProduct, string>> = {
  'exchange-2000': 'its support ended on 2011-01-11; nothing the catalog lists applies to it',
  'exchange-2003': 'its support ended on 2014-04-08; nothing the catalog lists applies to it',
  'exchange-online': 'Microsoft keeps it up to date, there is nothing to install',
};

export const warnForeignBuild = (product: ForeignProduct, build: string): ReportWarning => ({
  code: 'foreign-product',
  message: `${build} is a build of ${nameForeignProduct(product)}, a product this catalog does not cover: ${FOREIGN_ADVICE[product]}`,
});

export const warnPassedOver = (notes: readonly string[]): ReportWarning[] => notes.map((message) => ({ code: 'input-passed-over', message }));

/** Whether `build` lies on the service line of `release` (from its base up to the next line's base). */
function isOnLineOf(release: Release, build: DottedBuild): boolean {
  const { lines } = release.product;
  const next = lines[lines.indexOf(release.line) + 1];
  const below = next?.base.build ?? release.product.below;
  return compareBuilds(release.line.base.build, build) <= 0 && compareBuilds(build, below) < 0;
}

/**
 * A release name agrees with a build when it names that build, or names its line (a CU or service pack), or
 * the build proves only its line: a HealthChecker `Exchange 2019 CU14 Nov24SUv2` beside AdminDisplayVersion.
 */
function agrees(release: Release, build: DottedBuild, proves: BuildTextProof): boolean {
  if (compareBuilds(release.build, build) === 0) return true;
  return (release === release.line.base || proves === 'cu-level') && isOnLineOf(release, build);
}

/** The release names stated beside a build, checked against it: the build wins, and a name that disagrees is said. */
export function checkStatedNames(catalog: Catalog, names: readonly string[], build: DottedBuild, proves: BuildTextProof): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  for (const name of names) {
    const release = findReleaseByName(catalog, name);
    if (release === null) {
      warnings.push({
        code: 'release-name-unknown',
        message: `the text names "${name}", which the catalog does not list; the build ${formatBuild(build)} is analysed`,
      });
    } else if (!agrees(release, build, proves)) {
      warnings.push({
        code: 'release-name-mismatch',
        message: `the text names ${release.name} (${formatBuild(release.build)}) but states the build ${formatBuild(build)}; the build is analysed`,
      });
    }
  }
  return warnings;
}

/** The report with the reading's warnings first, without a generic one the reading says better. */
export function withReadingWarnings(reading: readonly ReportWarning[], report: Report): Report {
  if (reading.length === 0) return report;
  const foreign = reading.some((warning) => warning.code === 'foreign-product');
  return { ...report, warnings: [...reading, ...report.warnings.filter((warning) => !(foreign && warning.code === 'unknown-product'))] };
}
