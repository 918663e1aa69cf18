import type { Line, Product, Release } from '../catalog/model.js';
import { publishedLines, publishedReleases, replacementOf } from './as-of.js';
import { lineSupport } from './support.js';

export const TARGETS = ['supported', 'newest'] as const;
export type Target = (typeof TARGETS)[number];

export interface Recommendation {
  readonly release: Release;
  readonly path: readonly Release[];
}

export function newestOnLine(line: Line, asOf: string): Release | null {
  const installable = publishedReleases(line.releases, asOf).filter(
    (release) => release.kind !== 'preview' && release.kind !== 'private' && replacementOf(release, asOf) === null,
  );
  return installable[installable.length - 1] ?? null;
}

export function recommendRelease(product: Product, from: Line | null, asOf: string, target: Target): Recommendation | null {
  const lines = publishedLines(product, asOf).filter((line) => newestOnLine(line, asOf) !== null);
  const chosen =
    target === 'newest'
      ? lines[lines.length - 1]
      : from !== null && lines.includes(from) && lineSupport(from, asOf).supported
        ? from
        : (lines.findLast((line) => lineSupport(line, asOf).supported) ?? lines[lines.length - 1]);
  if (!chosen) return null;
  const release = newestOnLine(chosen, asOf)!;
  const path = chosen === from || release === chosen.base ? [release] : [chosen.base, release];
  return { release, path };
}
