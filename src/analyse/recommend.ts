import type { Line, Product, Release } from '../catalog/model.js';
import { publishedLines, publishedReleases, replacementOf } from './as-of.js';
import type { RecommendationMethod } from './report.js';
import { esuPeriodOn, lineCovered, lineSupport, productSupport, servicedByEsu } from './support.js';

export const TARGETS = ['supported', 'newest'] as const;
export type Target = (typeof TARGETS)[number];

export interface Recommendation {
  readonly release: Release;
  /** The releases to install in order. */
  readonly path: readonly Release[];
  readonly method: RecommendationMethod;
  readonly note: string | null;
}

export interface RecommendationRequest {
  readonly asOf: string;
  readonly target: Target;
  /** The organisation is enrolled in the product's Extended Security Update programme. */
  readonly esu: boolean;
}

/** The newest release a server on the line can install: not a preview, private fix or withdrawn release; ESU-only ones for enrolled organisations. */
export function newestOnLine(line: Line, asOf: string, esu = false): Release | null {
  const installable = publishedReleases(line.releases, asOf).filter(
    (release) =>
      release.kind !== 'preview' && release.kind !== 'private' && (esu || release.availability === 'public') && replacementOf(release, asOf) === null,
  );
  return installable[installable.length - 1] ?? null;
}

const installableLines = (product: Product, asOf: string, esu: boolean): Line[] =>
  publishedLines(product, asOf).filter((line) => newestOnLine(line, asOf, esu) !== null);

/** Updates within a product: the newest release on the server's line, or the base release of another line first. */
function updateOn(line: Line, from: Line | null, asOf: string, esu: boolean, note: string | null = null): Recommendation {
  const release = newestOnLine(line, asOf, esu)!;
  return { release, path: line === from || release === line.base ? [release] : [line.base, release], method: 'update', note };
}

/** The move to the successor's newest supported release, by the catalog's upgrade method. */
function successorPath(product: Product, from: Line | null, asOf: string): Recommendation | null {
  const succession = product.successor;
  if (!succession || !productSupport(succession.product, asOf).supported) return null;
  const lines = installableLines(succession.product, asOf, false);
  const line = lines.findLast((candidate) => lineSupport(candidate, asOf).supported) ?? lines[lines.length - 1];
  if (!line) return null;
  const release = newestOnLine(line, asOf)!;
  const onward = release === line.base ? [release] : [line.base, release];
  const start =
    succession.method === 'in-place' && succession.fromLines !== null && (from === null || !succession.fromLines.includes(from))
      ? succession.fromLines.at(-1)
      : undefined;
  return { release, path: start ? [start.base, ...onward] : onward, method: succession.method, note: succession.note };
}

/** The last product of the succession chain that has a release by the as-of date. */
function newestSuccessor(product: Product, asOf: string): Product {
  let newest = product;
  for (let next = product.successor?.product; next && next !== product; next = next.successor?.product) {
    if (installableLines(next, asOf, false).length > 0) newest = next;
  }
  return newest;
}

/**
 * The single release to install: on a supported product, the newest release of the server's line
 * if it is supported, else of the newest supported line; on a product out of support, the
 * server's line while an ESU period covers it for an enrolled organisation, else the successor
 * product's newest release, else the product's newest release. `newest` aims at the newest
 * release of the last product in the succession.
 */
export function recommendRelease(product: Product, from: Line | null, request: RecommendationRequest): Recommendation | null {
  const { asOf, esu } = request;
  if (request.target === 'newest') {
    const newest = newestSuccessor(product, asOf);
    if (newest !== product) return successorPath(product, from, asOf);
    const line = installableLines(product, asOf, esu).at(-1);
    return line ? updateOn(line, from, asOf, esu) : null;
  }
  const lines = installableLines(product, asOf, esu);
  if (productSupport(product, asOf).supported) {
    const chosen =
      from !== null && lines.includes(from) && lineSupport(from, asOf).supported
        ? from
        : (lines.findLast((line) => lineSupport(line, asOf).supported) ?? lines.at(-1));
    return chosen ? updateOn(chosen, from, asOf, esu) : null;
  }
  const period = esu ? esuPeriodOn(product, asOf) : null;
  if (period) {
    const chosen = from !== null && lines.includes(from) && lineCovered(from, asOf, true) ? from : lines.findLast(servicedByEsu);
    if (chosen)
      return updateOn(
        chosen,
        from,
        asOf,
        true,
        `available to organisations enrolled in ${product.name}'s Extended Security Update programme (${period.name}, until ${period.to})`,
      );
  }
  const successor = successorPath(product, from, asOf);
  if (successor) return successor;
  const last = installableLines(product, asOf, false).at(-1);
  return last ? updateOn(last, from, asOf, false) : null;
}
