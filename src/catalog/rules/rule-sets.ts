import { buildPartsInRange, buildsInsideProduct, linesDoNotInterleave, oneBaseReleasePerLine, productRangesDisjoint } from './build-rules.js';
import { buildsRiseWithDates, datesAreReal, publishedAfterNewestRelease, supportEndsAfterStart } from './date-rules.js';
import { everyFixShipped, fixReferencesResolve, replacesEarlierRelease } from './reference-rules.js';
import type { CatalogRule } from './rule-helpers.js';
import { uniqueBuilds, uniqueFixIds, uniqueProductIds, uniqueReleaseNames } from './uniqueness-rules.js';

export const ERROR_RULES: readonly CatalogRule[] = [
  uniqueProductIds,
  uniqueReleaseNames,
  uniqueBuilds,
  uniqueFixIds,
  buildPartsInRange,
  buildsInsideProduct,
  productRangesDisjoint,
  oneBaseReleasePerLine,
  linesDoNotInterleave,
  replacesEarlierRelease,
  fixReferencesResolve,
  datesAreReal,
  supportEndsAfterStart,
];

export const WARNING_RULES: readonly CatalogRule[] = [buildsRiseWithDates, publishedAfterNewestRelease, everyFixShipped];
