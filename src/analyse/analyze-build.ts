import { compareBuilds, formatBuild, type Build } from '../parse/build/build.js';
import type { Catalog, Release } from '../catalog/model.js';
import { exposedFixes } from './exposure.js';
import { identifyBuild, type Identification } from './identify.js';
import { recommendRelease, type Recommendation, type Target } from './recommend.js';
import type { Confidence, Report, ReleaseSummary, Status, SupportSummary } from './report.js';
import { withReadingWarnings } from './reading-warnings.js';
import { checkRequirements } from './requirements.js';
import { resolveBuildString } from './resolve-build-string.js';
import { lineSupport, productSupport } from './support.js';
import { explainFindings } from './warnings.js';

export interface AnalysisRequest {
  readonly buildString: string;
  readonly asOf: string;
  readonly target: Target;
  readonly require?: readonly string[];
  readonly cuLevelOnly?: boolean;
  readonly source?: string;
}

function summarizeRelease(release: Release): ReleaseSummary {
  return { name: release.name, build: formatBuild(release.build), date: release.date, kb: release.kb, url: release.url };
}

export function analyzeBuildString(catalog: Catalog, request: AnalysisRequest): Report {
  // The build text reader says what the text proves; its warnings (names, passed-over values, other products) lead the report's.
  const { build, form, proves, warnings: readingWarnings } = resolveBuildString(catalog, request.buildString);
  const confidence: Confidence = request.cuLevelOnly === true || proves === 'cu-level' ? 'cu-level' : 'exact';
  const identification = identifyBuild(catalog, build, request.asOf);
  const { product, line } = identification;
  const floor = analysisFloor(identification, confidence);
  const recommendation = product ? upgradeOnly(recommendRelease(product, line, request.asOf, request.target), build) : null;
  const exposed =
    floor && recommendation ? exposedFixes(catalog, catalog.contentsOf(floor), line, recommendation.release, catalog.contentsOf(recommendation.release)) : [];
  const support: SupportSummary | null = product
    ? { product: productSupport(product, request.asOf), line: line ? lineSupport(line, request.asOf) : null }
    : null;
  const upToDate = isUpToDate(identification, floor, recommendation);
  const status = statusOf(identification, support, upToDate);
  const report: Omit<Report, 'warnings'> = {
    asOf: request.asOf,
    input: { text: request.buildString, form, source: request.source ?? null },
    build: formatBuild(build),
    confidence,
    product: product ? { id: product.id, name: product.name } : null,
    installed: {
      name: identification.release?.name ?? null,
      build: formatBuild(build),
      date: identification.release?.date ?? null,
      line: line?.name ?? null,
      match: identification.match,
      below: identification.below ? summarizeRelease(identification.below) : null,
      above: identification.above ? summarizeRelease(identification.above) : null,
    },
    support,
    status,
    upToDate,
    recommended: recommendation ? { ...summarizeRelease(recommendation.release), path: recommendation.path.map(summarizeRelease) } : null,
    exposed,
    required: checkRequirements(catalog, floor, request.require ?? []),
  };
  return withReadingWarnings(readingWarnings, {
    ...report,
    warnings: explainFindings({
      identification,
      confidence,
      floor,
      floorContents: floor ? catalog.contentsOf(floor) : null,
      support,
      recommendation,
      asOf: request.asOf,
    }),
  });
}

function upgradeOnly(recommendation: Recommendation | null, installed: Build): Recommendation | null {
  return recommendation && compareBuilds(recommendation.release.build, installed) >= 0 ? recommendation : null;
}

function analysisFloor(identification: Identification, confidence: Confidence): Release | null {
  const known = identification.release ?? identification.below;
  if (!known) return null;
  return confidence === 'cu-level' ? known.line.base : known;
}

function isUpToDate(identification: Identification, floor: Release | null, recommendation: Recommendation | null): boolean {
  return identification.match === 'exact' && floor !== null && (recommendation === null || recommendation.release === floor);
}

function statusOf(identification: Identification, support: SupportSummary | null, upToDate: boolean): Status {
  if ((identification.match !== 'exact' && identification.match !== 'unlisted') || !support?.line) return 'unknown';
  if (!support.line.supported) return 'unsupported';
  return upToDate ? 'current' : 'behind';
}
