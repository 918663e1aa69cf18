import { buildsMatchScheme, buildsInsideProduct, linesDoNotInterleave, oneBaseReleasePerLine, productRangesDisjoint } from './build-rules.js';
import { buildsRiseWithDates, datesAreReal, publishedAfterNewestRelease, supportEndsAfterStart } from './date-rules.js';
import { inheritsResolves, successorResolves, uncertainFixesShippedLater } from './link-rules.js';
import { namingPatternsCompile, summaryReworded } from './naming-rules.js';
import { everyFixShipped, fixListedOnce, fixReferencesResolve, includedInLaterRelease, releaseHasKb, replacesEarlierRelease } from './reference-rules.js';
import type { CatalogDocument } from '../document.js';
import type { DocumentRule } from '../../parse/yaml/validate-yaml.js';
import { uniqueBuilds, uniqueFixIds, uniqueProductIds, uniqueReleaseNames } from './uniqueness-rules.js';

export const ERROR_RULES: readonly DocumentRule<CatalogDocument>[] = [
  { id: 'unique-product-ids', check: uniqueProductIds },
  { id: 'unique-release-names', check: uniqueReleaseNames },
  { id: 'unique-builds', check: uniqueBuilds },
  { id: 'unique-fix-ids', check: uniqueFixIds },
  { id: 'builds-match-scheme', check: buildsMatchScheme },
  { id: 'builds-inside-product', check: buildsInsideProduct },
  { id: 'product-ranges-disjoint', check: productRangesDisjoint },
  { id: 'one-base-release-per-line', check: oneBaseReleasePerLine },
  { id: 'lines-do-not-interleave', check: linesDoNotInterleave },
  { id: 'replaces-earlier-release', check: replacesEarlierRelease },
  { id: 'included-in-later-release', check: includedInLaterRelease },
  { id: 'fix-references-resolve', check: fixReferencesResolve },
  { id: 'fix-listed-once', check: fixListedOnce },
  { id: 'successor-resolves', check: successorResolves },
  { id: 'inherits-resolves', check: inheritsResolves },
  { id: 'uncertain-fixes-shipped-later', check: uncertainFixesShippedLater },
  { id: 'dates-are-real', check: datesAreReal },
  { id: 'support-ends-after-start', check: supportEndsAfterStart },
  { id: 'naming-patterns-compile', check: namingPatternsCompile },
];

export const WARNING_RULES: readonly DocumentRule<CatalogDocument>[] = [
  { id: 'builds-rise-with-dates', check: buildsRiseWithDates },
  { id: 'published-after-newest-release', check: publishedAfterNewestRelease },
  { id: 'every-fix-shipped', check: everyFixShipped },
  { id: 'release-has-kb', check: releaseHasKb },
  { id: 'summary-reworded', check: summaryReworded },
];
