import { formatBuild } from '../build/build.js';
import type { Release } from '../catalog/model.js';
import { replacementOf } from './as-of.js';
import type { ReleaseContents } from './contents.js';
import type { Identification } from './identify.js';
import type { Recommendation } from './recommend.js';
import type { Confidence, ReportWarning } from './report.js';
import { lineSupport, productSupport } from './support.js';

export const EXACT_BUILD_COMMAND = '(Get-Command ExSetup.exe).FileVersionInfo.FileVersion';

const describe = (release: Release): string => `${release.name} (${formatBuild(release.build)})`;

export function explainFindings(
  identification: Identification,
  confidence: Confidence,
  floorContents: ReleaseContents,
  recommendation: Recommendation | null,
  asOf: string,
): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const { product, line, release, below, above } = identification;
  if (confidence === 'cu-level') {
    warnings.push({
      code: 'security-update-level-unknown',
      message: `AdminDisplayVersion only proves the CU or service-pack level, so the security-update level is unknown; run \`${EXACT_BUILD_COMMAND}\` for the exact build`,
    });
  }
  switch (identification.match) {
    case 'unknown-product':
      warnings.push({ code: 'unknown-product', message: 'no product in the catalog covers this build' });
      break;
    case 'newer':
      warnings.push({
        code: 'newer-than-catalog',
        message: line
          ? `the build is above every listed release of ${product!.name} ${line.name} (newest: ${describe(below!)})${above ? `, below ${describe(above)}` : ''}: the catalog may be out of date, or this is a private build`
          : `the build is on no line of ${product!.name} that the catalog lists${above ? ` (next listed release: ${describe(above)})` : ''}: the catalog may be out of date, or this is a private build`,
      });
      break;
    case 'unlisted':
      warnings.push({
        code: 'unlisted-build',
        message: `the build is not a listed release: a private fix or interim update between ${describe(below!)} and ${describe(above!)}; analysed as ${below!.name}. The next rollup on its line that contains the fix (${above!.name} or newer) supersedes it and returns the server to a known state`,
      });
      break;
    case 'exact':
      break;
  }
  const replacement = release ? replacementOf(release, asOf) : null;
  if (release && replacement) {
    warnings.push({ code: 'replaced-release', message: `${release.name} was replaced by ${replacement.name}; install the replacement` });
  }
  if (floorContents.uncertain.size > 0 && release) {
    warnings.push({
      code: 'non-cumulative-release',
      message: `${release.name} carries only its own fixes on top of ${release.line.base.name}; ${floorContents.uncertain.size} fixes of earlier updates on line ${release.line.name} cannot be proven from the build and are listed as uncertain`,
    });
  }
  if (product && identification.match !== 'newer') {
    const productState = productSupport(product, asOf);
    if (!productState.supported) {
      warnings.push({ code: 'product-out-of-support', message: `${product.name} support ended on ${productState.end}` });
    } else if (line && !lineSupport(line, asOf).supported) {
      const target = recommendation ? ` (newest supported: ${recommendation.release.line.name})` : '';
      warnings.push({ code: 'line-out-of-support', message: `${product.name} ${line.name} support ended on ${lineSupport(line, asOf).end}${target}` });
    }
  }
  return warnings;
}
