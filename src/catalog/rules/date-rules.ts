import { compareBuilds } from '../../parse/build/build.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import type { DocumentFinding, DocumentPath } from '../../parse/yaml/document-finding.js';
import { forEachChangedLine, forEachLine, isKeptProduct, isSettledLine, lowest, type CatalogRule, type ReleaseAt } from './rule-helpers.js';

export const datesAreReal: CatalogRule = (catalog) => {
  const findings: DocumentFinding[] = [];
  const check = (date: string | undefined, path: DocumentPath): void => {
    if (date !== undefined && !isCalendarDate(date)) findings.push({ path, message: `${date} is not a calendar date` });
  };
  check(catalog.published, ['published']);
  catalog.products.forEach((product, productIndex) => {
    check(product.mainstreamEnd, ['products', productIndex, 'mainstreamEnd']);
    check(product.supportEnd, ['products', productIndex, 'supportEnd']);
    if (isKeptProduct(catalog, product)) return;
    product.lines.forEach((line, lineIndex) => {
      if (isSettledLine(catalog, line)) return;
      check(line.supportEnd, ['products', productIndex, 'lines', lineIndex, 'supportEnd']);
      line.releases.forEach((release, releaseIndex) => check(release.date, ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex, 'date']));
    });
  });
  return findings;
};

export const supportEndsAfterStart: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases, productIndex, lineIndex) => {
    const line = catalog.products[productIndex]!.lines[lineIndex]!;
    const base = lowest(releases);
    if (!base || line.supportEnd === undefined || line.supportEnd >= base.release.date) return [];
    return [{ path: ['products', productIndex, 'lines', lineIndex, 'supportEnd'], message: `line ${line.name}'s support ends ${line.supportEnd}, before its base release (${base.release.date})` }];
  });

export const buildsRiseWithDates: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases, productIndex, lineIndex) => {
    const line = catalog.products[productIndex]!.lines[lineIndex]!;
    // A private fix is built from its own branch of the line: its date says nothing about the public releases' order.
    const sorted = releases.filter((entry) => entry.release.kind !== 'private').sort((a, b) => compareBuilds(a.build, b.build));
    return sorted.slice(1).flatMap((current, index) => {
      const previous = sorted[index]!;
      return current.release.date < previous.release.date && current.release.outOfOrder === undefined
        ? [{ path: [...current.path, 'date'], message: `"${current.release.name}" on line ${line.name} is dated before the lower build "${previous.release.name}"; if that is right, say why in outOfOrder` }]
        : [];
    });
  });

export const publishedAfterNewestRelease: CatalogRule = (catalog) => {
  const newest = forEachLine(catalog, (releases) => releases).reduce<ReleaseAt | undefined>(
    (best, entry) => (best === undefined || entry.release.date > best.release.date ? entry : best),
    undefined,
  );
  return newest && newest.release.date > catalog.published
    ? [{ path: ['published'], message: `published ${catalog.published} is older than its newest release "${newest.release.name}" (${newest.release.date})` }]
    : [];
};
