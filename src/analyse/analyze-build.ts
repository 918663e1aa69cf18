import type { Catalog } from '../catalog/model.js';
import { compareBuilds, formatBuild } from '../parse/build/build.js';
import { stepsToConfirm } from './configuration-steps.js';
import { exposedFixes } from './exposure.js';
import { identifyBuild } from './identify.js';
import { analysisFloor, installedContents } from './installed-contents.js';
import { exposureCompleteness, missingReleases } from './missing-releases.js';
import { recommendRelease, type Target } from './recommend.js';
import type { Confidence, Report } from './report.js';
import { withReadingWarnings } from './reading-warnings.js';
import { checkRequirements } from './requirements.js';
import { resolveBuildString } from './resolve-build-string.js';
import { statusOf } from './status.js';
import { summarizeMissing, summarizeRecommendation, summarizeRelease } from './summaries.js';
import { esuPeriodOn, lineSupport, productSupport } from './support.js';
import { explainFindings } from './warnings.js';

export interface AnalysisRequest {
  readonly buildString: string;
  readonly asOf: string;
  readonly target: Target;
  readonly require?: readonly string[];
  readonly cuLevelOnly?: boolean;
  readonly source?: string;
  /** The organisation is enrolled in the Extended Security Update programme of the server's product. */
  readonly esu?: boolean;
}

export function analyzeBuildString(catalog: Catalog, request: AnalysisRequest): Report {
  const { asOf } = request;
  const esu = request.esu === true;
  // The build text reader says what the text proves; its warnings (names, passed-over values, other products) lead the report's.
  const { build, form, proves, warnings: readingWarnings } = resolveBuildString(catalog, request.buildString);
  const confidence: Confidence = request.cuLevelOnly === true || proves === 'cu-level' ? 'cu-level' : 'exact';
  const identification = identifyBuild(catalog, build, asOf);
  const { product, line } = identification;
  const floor = analysisFloor(identification, confidence);
  const recommended = product ? recommendRelease(product, line, { asOf, target: request.target, esu }) : null;
  const recommendation = recommended && compareBuilds(recommended.release.build, build) >= 0 ? recommended : null;
  const contents = floor ? installedContents(catalog, floor, confidence, asOf) : null;
  const installed = product && contents ? { contents, product, line } : null;
  const exposed = installed && recommendation ? exposedFixes(catalog, installed, recommendation.release, asOf) : [];
  const missing = floor ? missingReleases(line, confidence === 'cu-level' ? floor.build : build, floor.date, recommendation, asOf) : [];
  const period = product && !productSupport(product, asOf).supported ? esuPeriodOn(product, asOf) : null;
  const support = product
    ? {
        product: productSupport(product, asOf),
        line: line ? lineSupport(line, asOf) : null,
        esu: period ? { period: period.name, until: period.to, enrolled: esu } : null,
      }
    : null;
  const { status, upToDate } = statusOf({ identification, floor, recommendation, support, line, asOf, esu });
  const report: Omit<Report, 'warnings'> = {
    asOf,
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
    recommended: recommendation ? summarizeRecommendation(recommendation) : null,
    exposed,
    missing: missing.map(summarizeMissing),
    exposure: exposureCompleteness(missing),
    required: checkRequirements(catalog, floor, contents, request.require ?? []),
    toConfirm: installed ? stepsToConfirm(catalog, installed) : [],
  };
  return withReadingWarnings(readingWarnings, {
    ...report,
    warnings: explainFindings({ identification, confidence, floor, floorContents: contents, support, recommendation, exposed, asOf }),
  });
}
