// Finds a catalog release by the name a person or a tool wrote for it.
import { releaseKey, type Catalog, type Release } from '../catalog/model.js';
import { findTypoMatches } from '../shared/nearest-names.js';

/**
 * The release the catalog lists under `name` (any case, any spacing), or for a service pack under `name RTM`
 * (`Exchange 2010 SP3` names the service pack's first release), or the base of a line whose name adds a tag in brackets
 * (`Exchange 2019 CU13` for `Exchange 2019 CU13 (2023H1)`); null when none.
 */
export function findReleaseByName(catalog: Catalog, name: string): Release | null {
  const key = releaseKey(name);
  if (key === '') return null;
  const listed = catalog.releasesByName.get(key) ?? (/ sp\d+$/.test(key) ? catalog.releasesByName.get(`${key} rtm`) : undefined);
  if (listed) return listed;
  // A line's base is a release like any other: when no key starts so, no product need be looked at.
  const tagged = `${key} (`;
  if (![...catalog.releasesByName.keys()].some((other) => other.startsWith(tagged))) return null;
  for (const product of catalog.products) {
    const line = product.lines.find((candidate) => releaseKey(candidate.base.name).startsWith(tagged));
    if (line) return line.base;
  }
  return null;
}

/** Up to three release names a mistyped or unknown `name` is closest to, of the product it names if any. */
export function suggestReleaseNames(catalog: Catalog, name: string): string[] {
  const names = [...catalog.releasesByName.values()].map((release) => release.name);
  const product = releaseKey(name).split(' ').slice(0, 2).join(' ');
  const sameProduct = names.filter((candidate) => releaseKey(candidate).startsWith(`${product} `));
  return findTypoMatches(name, sameProduct.length > 0 ? sameProduct : names);
}
