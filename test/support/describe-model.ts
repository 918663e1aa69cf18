import type { Catalog, Release } from '../../src/catalog/model.js';
import { formatBuild } from '../../src/parse/build/build.js';

const name = (release: Release | null): string | null => release && `${release.product.id}/${release.name}`;

/** Everything the model says, with references written as names: two models that describe alike are the same model. */
export function describeModel(catalog: Catalog): unknown {
  const fixIds = [...catalog.fixes.keys(), ...[...catalog.fixes.values()].flatMap((fix) => fix.cves), 'CVE-0000-0000', 'kb5000871'];
  return {
    source: catalog.source,
    sources: catalog.sources,
    fixes: [...catalog.fixes],
    fixKeysFor: fixIds.map((id) => [id, catalog.fixKeysFor(id), catalog.products.map((product) => catalog.fixKeysFor(id, product))]),
    releasesByName: [...catalog.releasesByName].map(([key, release]) => [key, name(release)]),
    products: catalog.products.map(({ lines, releases, shippersOf, successor, predecessors, ...product }) => ({
      ...product,
      successor: successor && { ...successor, product: successor.product.id, fromLines: successor.fromLines?.map((line) => line.name) ?? null },
      predecessors: predecessors.map((predecessor) => predecessor.id),
      lines: lines.map(({ product: owner, releases: onLine, base, ...line }) => ({
        ...line,
        product: owner.id,
        releases: onLine.map(name),
        base: name(base),
      })),
      releases: releases.map(({ replaces, replacements, includedIn, inherits, line, product: owner, ...release }) => ({
        ...release,
        build: formatBuild(release.build),
        replaces: name(replaces),
        replacements: replacements.map(name),
        includedIn: name(includedIn),
        inherits: name(inherits),
        line: line.name,
        product: owner.id,
        contents: [...catalog.contentsOf(releases.find((other) => other.name === release.name)!).fixes].sort(),
      })),
      shippersOf: [...new Set(releases.flatMap((release) => release.fixIds)), 'NO-SUCH-FIX'].map((key) => [key, shippersOf(key).map(name)]),
    })),
  };
}

/** The names of releases, or undefined for none given. */
export const releaseNames = (releases: readonly { readonly name: string }[] | undefined): string[] | undefined => releases?.map((release) => release.name);

/**
 * What a check asks a model first, in the order it asks (names looked up, shippers of a fix, then
 * the releases every product inherits from), so that a model read one product at a time answers
 * before any product is read.
 */
export const describeLookUps = (catalog: Catalog): unknown => ({
  size: catalog.releasesByName.size,
  keys: [...catalog.releasesByName.keys()],
  found: ['exchange 2016 cu23', 'exchange se rtm', '15.2.1544.4', 'exchange 2019 cu14'].map((key) => [
    catalog.releasesByName.has(key),
    catalog.releasesByName.get(key)?.product.id,
    releaseNames(catalog.releasesByName.get(key)?.line.releases),
  ]),
  shippers: ['CVE-2021-26855', 'CVE-2025-53786', 'NO-SUCH-FIX'].map((key) => catalog.products.map((product) => releaseNames(product.shippersOf(key)))),
  inherited: catalog.products.flatMap((product) =>
    product.releases.flatMap((release) => (release.inherits ? [[release.name, release.inherits.name, release.inherits.product.id]] : [])),
  ),
});
