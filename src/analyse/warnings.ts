import { compareBuilds, formatBuild } from '../parse/build/build.js';
import type { Release, ReleaseContents } from '../catalog/model.js';
import { publishedReleases, replacementOf } from './as-of.js';
import type { Identification } from './identify.js';
import type { Recommendation } from './recommend.js';
import type { Confidence, ExposedFix, ReportWarning, SupportSummary } from './report.js';

const EXACT_BUILD_COMMAND = '(Get-Command ExSetup.exe).FileVersionInfo.FileVersion';

export interface Findings {
  readonly identification: Identification;
  readonly confidence: Confidence;
  readonly floor: Release | null;
  readonly floorContents: ReleaseContents | null;
  readonly support: SupportSummary | null;
  readonly recommendation: Recommendation | null;
  readonly exposed: readonly ExposedFix[];
  readonly asOf: string;
}

const describe = (release: Release): string => `${release.name} (${formatBuild(release.build)})`;

function finalReplacement(release: Release, asOf: string): Release | null {
  let replacement = replacementOf(release, asOf);
  for (let next = replacement; next !== null; next = replacementOf(next, asOf)) replacement = next;
  return replacement;
}

function nextCumulativeOnLine(below: Release, asOf: string): Release | null {
  return publishedReleases(below.line.releases, asOf).find((release) => release.cumulative && compareBuilds(release.build, below.build) > 0) ?? null;
}

function identificationWarning({ identification, asOf }: Findings): ReportWarning | null {
  const { product, line, below, above } = identification;
  switch (identification.match) {
    case 'exact':
      return null;
    case 'unknown-product': {
      const early = identification.notYetReleased;
      const first = early?.releases.reduce((earliest, release) => (release.date < earliest.date ? release : earliest));
      return early && first
        ? { code: 'product-not-yet-released', message: `${early.name} had no release yet on ${asOf} (its first: ${describe(first)}, ${first.date})` }
        : { code: 'unknown-product', message: 'no product in the catalog covers this build' };
    }
    case 'older':
      return {
        code: 'older-than-catalog',
        message: `the build is below every listed release of ${product!.name} (first: ${describe(above!)}): a pre-release or private build the catalog cannot place`,
      };
    case 'newer':
      return {
        code: 'newer-than-catalog',
        message: line
          ? `the build is above every listed release of ${product!.name} ${line.name} (newest: ${describe(below!)})${above ? `, below ${describe(above)}` : ''}: it contains every fix the catalog lists for its line, and the catalog may be behind (or this is a private build)`
          : `no release of ${product!.name} is listed as of ${asOf}: the catalog may be out of date, or this is a private build`,
      };
    case 'unlisted': {
      const successor = nextCumulativeOnLine(below!, asOf);
      const supersededBy = successor ? `the next rollup on its line (${successor.name}) or any later one` : 'a later rollup on its line';
      return {
        code: 'unlisted-build',
        message: `the build is not a listed release: a private fix or interim update between ${describe(below!)} and ${describe(above!)}; analysed as ${below!.name}. Under cumulative servicing ${supersededBy} supersedes it and returns the server to a known state`,
      };
    }
  }
}

function supportWarning({ identification, support, recommendation }: Findings): ReportWarning | null {
  const { product, line } = identification;
  if (!product || !support || identification.match === 'newer' || identification.match === 'older') return null;
  if (!support.product.supported) {
    const esu = support.esu
      ? `; ${support.esu.period} of its Extended Security Update programme runs until ${support.esu.until}${support.esu.enrolled ? '' : ' for enrolled organisations (--esu)'}`
      : '';
    return { code: 'product-out-of-support', message: `${product.name} support ended on ${support.product.end}${esu}` };
  }
  if (line && support.line && !support.line.supported) {
    const target = recommendation ? ` (newest supported: ${recommendation.release.line.name})` : '';
    return { code: 'line-out-of-support', message: `${product.name} ${line.name} support ended on ${support.line.end}${target}` };
  }
  return null;
}

export function explainFindings(findings: Findings): ReportWarning[] {
  const { identification, confidence, floor, floorContents, recommendation, asOf } = findings;
  const warnings: (ReportWarning | null)[] = [];
  if (confidence === 'cu-level') {
    warnings.push({
      code: 'security-update-level-unknown',
      message: `the input only proves the CU or service-pack level (as AdminDisplayVersion, the registry's Setup values and the OWA sign-in page's static-file paths do), so the security-update level is unknown; run \`${EXACT_BUILD_COMMAND}\` for the exact build`,
    });
  }
  warnings.push(identificationWarning(findings));
  const replacement = identification.release ? finalReplacement(identification.release, asOf) : null;
  if (identification.release && replacement) {
    warnings.push({
      code: 'replaced-release',
      message: `${identification.release.name} was withdrawn and re-released as ${replacement.name}; install ${recommendation?.release.name ?? replacement.name}`,
    });
  }
  if (identification.release?.kind === 'private') {
    const includedIn = identification.release.includedIn?.name;
    warnings.push({
      code: 'private-fix',
      message: `${identification.release.name} is a private fix${includedIn ? `; ${includedIn} (or any later rollup on its line) carries its fixes and returns the server to a known, supported state` : ''}`,
    });
  }
  const uncertain = floorContents?.uncertain.size ?? 0;
  if (floor && !floor.cumulative && uncertain > 0) {
    warnings.push({
      code: 'non-cumulative-release',
      message: `${floor.name} carries only its own fixes on top of ${floor.line.base.name}; ${uncertain} fixes of earlier updates on line ${floor.line.name} cannot be proven from the build and are listed as uncertain`,
    });
  }
  const disputed = floor
    ? floor.line.releases
        .filter((release) => compareBuilds(release.build, floor.build) <= 0)
        .flatMap((release) => release.uncertainFixIds)
        .filter((id) => floorContents?.uncertain.has(id))
    : [];
  if (floor && disputed.length > 0) {
    warnings.push({
      code: 'disputed-fixes',
      message: `${disputed.length} ${disputed.length === 1 ? 'fix is' : 'fixes are'} placed in ${floor.name} or earlier by one source and in a later update by the current record; listed as uncertain`,
    });
  }
  const afterLastUpdate = findings.exposed.filter((fix) => !fix.certain && !floorContents?.uncertain.has(fix.id.toUpperCase())).length;
  if (recommendation && afterLastUpdate > 0) {
    warnings.push({
      code: 'fixes-after-last-update',
      message: `${afterLastUpdate} ${afterLastUpdate === 1 ? 'fix' : 'fixes'} of ${recommendation.release.product.name} came after ${identification.product?.name}'s last update: ${afterLastUpdate === 1 ? 'it' : 'they'} may apply to it, and no update exists to prove it; listed as uncertain`,
    });
  }
  if (recommendation?.release.availability === 'esu') {
    warnings.push({
      code: 'esu-only-release',
      message: `${recommendation.release.name} is available only to organisations enrolled in ${recommendation.release.product.name}'s Extended Security Update programme`,
    });
  }
  warnings.push(supportWarning(findings));
  return warnings.filter((warning): warning is ReportWarning => warning !== null);
}
