import { MAX_BUILD_PART, compareBuilds, tryParseBuildIn } from '../../parse/build/build.js';
import { BASE_RELEASE_KINDS } from '../document.js';
import type { DocumentFinding } from '../../parse/yaml/document-finding.js';
import { forEachChangedLine, isSettledProduct, lowest, releasesOfLine, schemeOfProduct, type CatalogRule, type ReleaseAt } from './rule-helpers.js';

const schemeProblem = (scheme: string, text: string): string =>
  scheme === 'semver' ? `${text} is not a semantic version (the product's versionScheme is semver)` : `build ${text} is not four numeric parts of at most ${MAX_BUILD_PART}`;

export const buildsMatchScheme: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (_, productIndex, lineIndex) => {
    const scheme = schemeOfProduct(catalog, productIndex);
    return catalog.products[productIndex]!.lines[lineIndex]!.releases.flatMap((release, releaseIndex) =>
      tryParseBuildIn(scheme, release.build)
        ? []
        : [{ path: ['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex, 'build'], message: schemeProblem(scheme, release.build) }],
    );
  });

export const buildsInsideProduct: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex) => {
    if (isSettledProduct(catalog, productIndex)) return [];
    const scheme = schemeOfProduct(catalog, productIndex);
    const from = tryParseBuildIn(scheme, product.builds.from);
    const below = tryParseBuildIn(scheme, product.builds.below);
    if (!from || !below) return [{ path: ['products', productIndex, 'builds'], message: schemeProblem(scheme, !from ? product.builds.from : product.builds.below) }];
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
    const scheme = schemeOfProduct(catalog, index);
    const from = tryParseBuildIn(scheme, product.builds.from);
    const below = tryParseBuildIn(scheme, product.builds.below);
    return from && below ? [{ product, index, scheme, from, below }] : [];
  });
  return ranges.flatMap((a, i) =>
    ranges
      .slice(i + 1)
      .filter((b) => a.scheme === b.scheme && compareBuilds(a.from, b.below) < 0 && compareBuilds(b.from, a.below) < 0)
      .map((b) => ({ path: ['products', b.index, 'builds'], message: `builds of ${b.product.id} overlap those of ${a.product.id}` })),
  );
};

export const oneBaseReleasePerLine: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases, productIndex, lineIndex) => {
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
    if (isSettledProduct(catalog, productIndex)) return [];
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
