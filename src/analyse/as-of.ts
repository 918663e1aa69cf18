import { compareBuilds } from '../parse/build/build.js';
import type { Line, Product, Release } from '../catalog/model.js';
import { compareText } from '../shared/compare-text.js';
import { releaseKey } from '../catalog/model.js';

const isPublished = (release: Release, asOf: string): boolean => release.date <= asOf;

export function publishedReleases(releases: readonly Release[], asOf: string): Release[] {
  return releases.filter((release) => isPublished(release, asOf));
}

export function publishedLines(product: Product, asOf: string): Line[] {
  return product.lines.filter((line) => isPublished(line.base, asOf));
}

export function replacedNames(releases: readonly Release[], asOf: string): Set<string> {
  return new Set(publishedReleases(releases, asOf).flatMap((release) => (release.replaces === null ? [] : [releaseKey(release.replaces)])));
}

export function replacementOf(release: Release, asOf: string): Release | null {
  const key = releaseKey(release.name);
  return publishedReleases(release.line.releases, asOf).find((other) => other.replaces !== null && releaseKey(other.replaces) === key) ?? null;
}

/** Release order by publication date, then build. */
export const byPublication = (a: Release, b: Release): number => compareText(a.date, b.date) || compareBuilds(a.build, b.build);
