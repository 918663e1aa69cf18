import { compareBuilds } from '../parse/build/build.js';
import { compareText } from '../shared/compare-text.js';
import { releaseKey, type Product, type Release } from './model.js';

const byPublication = (a: Release, b: Release): number => compareText(a.date, b.date) || compareBuilds(a.build, b.build);

/** The releases that list each fix key (`Product.shippersOf`), earliest publication first. */
export function shippersByFix(releases: readonly Release[]): Map<string, Release[]> {
  const shippers = new Map<string, Release[]>();
  // forEach, not for-of: no iterator result per fix id, at every check's start.
  [...releases].sort(byPublication).forEach((release) =>
    release.fixIds.forEach((id) => {
      const shipping = shippers.get(id);
      if (shipping) shipping.push(release);
      else shippers.set(id, [release]);
    }),
  );
  return shippers;
}

/** Every release of the products by its name's key (`Catalog.releasesByName`); of two with one key, the later. */
export function releasesByNameOf(products: readonly Product[]): Map<string, Release> {
  const byName = new Map<string, Release>();
  for (const product of products) {
    for (const release of product.releases) byName.set(releaseKey(release.name), release);
  }
  return byName;
}
