import { MAX_BUILD_PART, compareBuilds, tryParseDottedBuild, type Build } from '../build/build.js';
import {
  BASE_RELEASE_KINDS,
  type CatalogDocument,
  type DocumentFinding,
  type DocumentPath,
  type ReleaseDocument,
} from './document.js';

export type CatalogRule = (catalog: CatalogDocument) => DocumentFinding[];

interface ReleaseAt {
  readonly release: ReleaseDocument;
  readonly build: Build;
  readonly path: DocumentPath;
}

function releasesOfLine(catalog: CatalogDocument, productIndex: number, lineIndex: number): ReleaseAt[] {
  const line = catalog.products[productIndex]!.lines[lineIndex]!;
  return line.releases.flatMap((release, releaseIndex) => {
    const build = tryParseDottedBuild(release.build);
    const path = ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex];
    return build ? [{ release, build, path }] : [];
  });
}

function forEachLine<T>(catalog: CatalogDocument, visit: (releases: ReleaseAt[], productIndex: number, lineIndex: number) => T[]): T[] {
  return catalog.products.flatMap((product, productIndex) =>
    product.lines.flatMap((_, lineIndex) => visit(releasesOfLine(catalog, productIndex, lineIndex), productIndex, lineIndex)),
  );
}

function lowest(releases: readonly ReleaseAt[]): ReleaseAt | undefined {
  return [...releases].sort((a, b) => compareBuilds(a.build, b.build))[0];
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, describe: (item: T) => string, pathOf: (item: T) => DocumentPath): DocumentFinding[] {
  const seen = new Map<string, T>();
  return items.flatMap((item) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, item);
      return [];
    }
    return [{ path: pathOf(item), message: `${describe(item)} is defined twice`, firstPath: pathOf(first) }];
  });
}

const isRealDate = (date: string): boolean => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
};

export const uniqueProductIds: CatalogRule = (catalog) =>
  duplicates(
    catalog.products.map((product, index) => ({ product, index })),
    ({ product }) => product.id,
    ({ product }) => `product id "${product.id}"`,
    ({ index }) => ['products', index, 'id'],
  );

export const uniqueReleaseNames: CatalogRule = (catalog) =>
  duplicates(
    forEachLine(catalog, (releases) => releases),
    ({ release }) => release.name.toLowerCase(),
    ({ release }) => `release name "${release.name}"`,
    ({ path }) => [...path, 'name'],
  );

export const uniqueBuilds: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex) =>
    duplicates(
      product.lines.flatMap((_, lineIndex) => releasesOfLine(catalog, productIndex, lineIndex)),
      ({ release }) => release.build,
      ({ release }) => `build ${release.build} of ${product.id}`,
      ({ path }) => [...path, 'build'],
    ),
  );

export const uniqueFixIds: CatalogRule = (catalog) =>
  duplicates(
    (catalog.fixes ?? []).map((fix, index) => ({ fix, index })),
    ({ fix }) => fix.id.toUpperCase(),
    ({ fix }) => `fix "${fix.id}"`,
    ({ index }) => ['fixes', index, 'id'],
  );

export const buildPartsInRange: CatalogRule = (catalog) =>
  forEachLine(catalog, (_, productIndex, lineIndex) =>
    catalog.products[productIndex]!.lines[lineIndex]!.releases.flatMap((release, releaseIndex) =>
      tryParseDottedBuild(release.build)
        ? []
        : [{ path: ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex, 'build'], message: `build ${release.build} has a part above ${MAX_BUILD_PART}` }],
    ),
  );

export const buildsInsideProduct: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex) => {
    const from = tryParseDottedBuild(product.builds.from);
    const below = tryParseDottedBuild(product.builds.below);
    if (!from || !below) return [{ path: ['products', productIndex, 'builds'], message: `build range of ${product.id} has a part above ${MAX_BUILD_PART}` }];
    if (compareBuilds(from, below) >= 0) return [{ path: ['products', productIndex, 'builds'], message: `build range of ${product.id} is empty: from must be below "below"` }];
    return product.lines.flatMap((_, lineIndex) =>
      releasesOfLine(catalog, productIndex, lineIndex)
        .filter(({ build }) => compareBuilds(build, from) < 0 || compareBuilds(build, below) >= 0)
        .map(({ release, path }) => ({
          path: [...path, 'build'],
          message: `build ${release.build} of "${release.name}" is outside ${product.id}'s builds (${product.builds.from} to below ${product.builds.below})`,
        })),
    );
  });

export const productRangesDisjoint: CatalogRule = (catalog) => {
  const ranges = catalog.products.flatMap((product, index) => {
    const from = tryParseDottedBuild(product.builds.from);
    const below = tryParseDottedBuild(product.builds.below);
    return from && below ? [{ product, index, from, below }] : [];
  });
  return ranges.flatMap((a, i) =>
    ranges
      .slice(i + 1)
      .filter((b) => compareBuilds(a.from, b.below) < 0 && compareBuilds(b.from, a.below) < 0)
      .map((b) => ({ path: ['products', b.index, 'builds'], message: `builds of ${b.product.id} overlap those of ${a.product.id}` })),
  );
};

export const oneBaseReleasePerLine: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases, productIndex, lineIndex) => {
    const line = catalog.products[productIndex]!.lines[lineIndex]!;
    const base = lowest(releases);
    if (!base) return [];
    const findings: DocumentFinding[] = [];
    if (!BASE_RELEASE_KINDS.includes(base.release.kind)) {
      findings.push({
        path: [...base.path, 'kind'],
        message: `line ${line.name} starts with "${base.release.name}" of kind ${base.release.kind}; the lowest build of a line must be its base release (${BASE_RELEASE_KINDS.join(', ')})`,
      });
    }
    for (const other of releases) {
      if (other !== base && BASE_RELEASE_KINDS.includes(other.release.kind)) {
        findings.push({ path: [...other.path, 'kind'], message: `line ${line.name} has a second base release "${other.release.name}"; give it a line of its own` });
      }
    }
    return findings;
  });

export const linesDoNotInterleave: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex) => {
    const lines = product.lines
      .map((line, lineIndex) => ({ line, releases: releasesOfLine(catalog, productIndex, lineIndex) }))
      .map((entry) => ({ ...entry, base: lowest(entry.releases) }))
      .filter((entry): entry is typeof entry & { base: ReleaseAt } => entry.base !== undefined)
      .sort((a, b) => compareBuilds(a.base.build, b.base.build));
    return lines.flatMap((entry, index) => {
      const next = lines[index + 1];
      if (!next) return [];
      return entry.releases
        .filter(({ build }) => compareBuilds(build, next.base.build) >= 0)
        .map(({ release, path }) => ({
          path: [...path, 'build'],
          message: `"${release.name}" (${release.build}) on line ${entry.line.name} is not below line ${next.line.name}'s base release ${next.base.release.build}`,
        }));
    });
  });

export const replacesEarlierRelease: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases) =>
    releases.flatMap(({ release, build, path }) => {
      if (release.replaces === undefined) return [];
      const target = releases.find((other) => other.release.name.toLowerCase() === release.replaces!.toLowerCase());
      if (!target) return [{ path: [...path, 'replaces'], message: `"${release.name}" replaces "${release.replaces}", which is not a release on its line` }];
      if (compareBuilds(target.build, build) >= 0) return [{ path: [...path, 'replaces'], message: `"${release.name}" replaces "${release.replaces}", which does not have a lower build` }];
      return [];
    }),
  );

export const fixReferencesResolve: CatalogRule = (catalog) => {
  const defined = new Set((catalog.fixes ?? []).map((fix) => fix.id.toUpperCase()));
  return forEachLine(catalog, (releases) =>
    releases.flatMap(({ release, path }) => {
      const seen = new Set<string>();
      return (release.fixes ?? []).flatMap((id, index) => {
        const key = id.toUpperCase();
        const fixPath = [...path, 'fixes', index];
        if (seen.has(key)) return [{ path: fixPath, message: `fix ${id} is listed twice in "${release.name}"` }];
        seen.add(key);
        return defined.has(key) ? [] : [{ path: fixPath, message: `fix ${id} in "${release.name}" is not defined under fixes` }];
      });
    }),
  );
};

export const datesAreReal: CatalogRule = (catalog) => {
  const findings: DocumentFinding[] = [];
  const check = (date: string | undefined, path: DocumentPath): void => {
    if (date !== undefined && !isRealDate(date)) findings.push({ path, message: `${date} is not a calendar date` });
  };
  check(catalog.published, ['published']);
  catalog.products.forEach((product, productIndex) => {
    check(product.mainstreamEnd, ['products', productIndex, 'mainstreamEnd']);
    check(product.supportEnd, ['products', productIndex, 'supportEnd']);
    product.lines.forEach((line, lineIndex) => {
      check(line.supportEnd, ['products', productIndex, 'lines', lineIndex, 'supportEnd']);
      line.releases.forEach((release, releaseIndex) => check(release.date, ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex, 'date']));
    });
  });
  return findings;
};

export const supportEndsAfterStart: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases, productIndex, lineIndex) => {
    const line = catalog.products[productIndex]!.lines[lineIndex]!;
    const base = lowest(releases);
    if (!base || line.supportEnd === undefined || line.supportEnd >= base.release.date) return [];
    return [{ path: ['products', productIndex, 'lines', lineIndex, 'supportEnd'], message: `line ${line.name}'s support ends ${line.supportEnd}, before its base release (${base.release.date})` }];
  });

export const buildsRiseWithDates: CatalogRule = (catalog) =>
  forEachLine(catalog, (releases, productIndex, lineIndex) => {
    const line = catalog.products[productIndex]!.lines[lineIndex]!;
    const sorted = [...releases].sort((a, b) => compareBuilds(a.build, b.build));
    return sorted.slice(1).flatMap((current, index) => {
      const previous = sorted[index]!;
      return current.release.date < previous.release.date
        ? [{ path: [...current.path, 'date'], message: `"${current.release.name}" on line ${line.name} is dated before the lower build "${previous.release.name}"` }]
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

export const everyFixShipped: CatalogRule = (catalog) => {
  const shipped = new Set(forEachLine(catalog, (releases) => releases.flatMap(({ release }) => (release.fixes ?? []).map((id) => id.toUpperCase()))));
  return (catalog.fixes ?? []).flatMap((fix, index) =>
    shipped.has(fix.id.toUpperCase()) ? [] : [{ path: ['fixes', index, 'id'], message: `fix ${fix.id} is not shipped by any release` }],
  );
};

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
