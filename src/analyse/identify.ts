import { compareBuilds, schemeOf, type Build } from '../parse/build/build.js';
import type { Catalog, Line, Product, Release } from '../catalog/model.js';
import { publishedLines, publishedReleases } from './as-of.js';
import { productExists } from './support.js';

export const MATCHES = ['exact', 'unlisted', 'newer', 'older', 'unknown-product'] as const;
export type Match = (typeof MATCHES)[number];

export interface Identification {
  readonly match: Match;
  readonly product: Product | null;
  readonly line: Line | null;
  readonly release: Release | null;
  readonly below: Release | null;
  readonly above: Release | null;
  /** The product whose builds these are, when it had no release yet on the as-of date. */
  readonly notYetReleased: Product | null;
}

const inRange = (product: Product, build: Build): boolean =>
  schemeOf(build) === product.scheme && compareBuilds(product.from, build) <= 0 && compareBuilds(build, product.below) < 0;

export function identifyBuild(catalog: Catalog, build: Build, asOf: string): Identification {
  const product = catalog.products.find((candidate) => inRange(candidate, build));
  const none = { release: null, below: null, above: null, notYetReleased: null };
  if (!product) return { ...none, match: 'unknown-product', product: null, line: null };
  if (!productExists(product, asOf)) return { ...none, match: 'unknown-product', product: null, line: null, notYetReleased: product };

  const line = publishedLines(product, asOf).findLast((candidate) => compareBuilds(candidate.base.build, build) <= 0) ?? null;
  const productReleases = publishedReleases(product.releases, asOf);
  const firstAbove = (releases: readonly Release[]): Release | null => releases.find((release) => compareBuilds(release.build, build) > 0) ?? null;
  if (!line) {
    const above = firstAbove(productReleases);
    return { ...none, match: above ? 'older' : 'newer', product, line: null, above };
  }

  const onLine = publishedReleases(line.releases, asOf);
  const exact = onLine.find((release) => compareBuilds(release.build, build) === 0);
  if (exact) return { ...none, match: 'exact', product, line, release: exact };
  const below = onLine.findLast((release) => compareBuilds(release.build, build) < 0) ?? null;
  const aboveOnLine = firstAbove(onLine);
  if (aboveOnLine) return { ...none, match: 'unlisted', product, line, below, above: aboveOnLine };
  return { ...none, match: 'newer', product, line, below, above: firstAbove(productReleases) };
}
