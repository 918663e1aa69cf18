import type { Availability } from '../../catalog/document.js';
import { formatBuild } from '../../parse/build/build.js';
import type { Catalog, Product, Release } from '../../catalog/model.js';
import { publishedReleases, replacementOf } from '../as-of.js';
import { newestOnLine } from '../recommend.js';
import { lineSupport } from '../support.js';
import { UsageError } from '../../shared/errors.js';

export const RELEASE_STATES = ['current', 'superseded', 'replaced', 'out-of-support'] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

export interface ReleaseRow {
  readonly product: string;
  readonly line: string;
  readonly name: string;
  readonly build: string;
  readonly date: string;
  readonly kind: string;
  readonly kb: string | null;
  readonly state: ReleaseState;
  readonly availability: Availability;
}

function findProducts(catalog: Catalog, wanted: string | null): readonly Product[] {
  if (wanted === null) return catalog.products;
  const key = wanted.toLowerCase();
  const found = catalog.products.filter(
    (product) =>
      product.id === key || product.id.endsWith(`-${key}`) || product.name.toLowerCase() === key || product.name.toLowerCase().split(' ').includes(key),
  );
  if (found.length === 0)
    throw new UsageError(`no product ${JSON.stringify(wanted)} in the catalog; products: ${catalog.products.map((product) => product.id).join(', ')}`);
  return found;
}

function stateOf(release: Release, asOf: string): ReleaseState {
  if (replacementOf(release, asOf) !== null) return 'replaced';
  if (!lineSupport(release.line, asOf).supported) return 'out-of-support';
  return newestOnLine(release.line, asOf) === release ? 'current' : 'superseded';
}

export function listReleases(catalog: Catalog, product: string | null, line: string | null, asOf: string): ReleaseRow[] {
  const rows = findProducts(catalog, product).flatMap((candidate) =>
    candidate.lines
      .filter((entry) => line === null || entry.name.toLowerCase() === line.toLowerCase())
      .flatMap((entry) =>
        publishedReleases(entry.releases, asOf).map((release) => ({
          product: candidate.id,
          line: entry.name,
          name: release.name,
          build: formatBuild(release.build),
          date: release.date,
          kind: release.kind,
          kb: release.kb,
          state: stateOf(release, asOf),
          availability: release.availability,
        })),
      ),
  );
  if (line !== null && rows.length === 0) throw new UsageError(`no line ${JSON.stringify(line)} with releases published by ${asOf}`);
  return rows;
}
