import { compareBuilds } from '../parse/build/build.js';
import type { Line, Product, Release } from '../catalog/model.js';
import { compareText } from '../shared/compare-text.js';

const isPublished = (release: Release, asOf: string): boolean => release.date <= asOf;

export function publishedReleases(releases: readonly Release[], asOf: string): Release[] {
  return releases.filter((release) => isPublished(release, asOf));
}

export function publishedLines(product: Product, asOf: string): Line[] {
  return product.lines.filter((line) => isPublished(line.base, asOf));
}

/** The re-release that replaces a release, if one is published by the as-of date. */
export function replacementOf(release: Release, asOf: string): Release | null {
  return release.replacements.find((other) => isPublished(other, asOf)) ?? null;
}

/** Release order by publication date, then build. */
export const byPublication = (a: Release, b: Release): number => compareText(a.date, b.date) || compareBuilds(a.build, b.build);
