import type { CatalogDocument, ProductDocument } from './document.js';

/** The first catalog's products (each named once) that no later one names: merged as they are, no release copied. */
export function productsNoLaterCatalogNames([first, ...later]: readonly CatalogDocument[]): ReadonlySet<ProductDocument> {
  const ids = (first?.products ?? []).map((product) => product.id);
  const named = new Set(later.flatMap((document) => document.products.map((product) => product.id)));
  return new Set(first?.products.filter((product) => !named.has(product.id) && ids.indexOf(product.id) === ids.lastIndexOf(product.id)));
}
