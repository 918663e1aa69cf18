import { fixKey, type Catalog, type Fix, type Product } from './model.js';

/** `Catalog.fixKeysFor` over the catalog's fixes: the fix an id names, and the fixes that cover it as a CVE. */
export function fixKeyResolver(fixes: ReadonlyMap<string, Fix>): Catalog['fixKeysFor'] {
  let byCve: Map<string, string[]> | undefined;
  return (id, product) => {
    byCve ??= indexCves(fixes);
    const key = fixKey(id);
    const covering = (byCve.get(key) ?? []).filter((other) => other !== key && (product === undefined || coversOn(fixes.get(other)!, key, product)));
    return fixes.has(key) ? [key, ...covering] : covering;
  };
}

const coversOn = (fix: Fix, cve: string, product: Product): boolean => (fix.cvesByProduct.get(product.id) ?? fix.cves).some((other) => fixKey(other) === cve);

function indexCves(fixes: ReadonlyMap<string, Fix>): Map<string, string[]> {
  const byCve = new Map<string, string[]>();
  for (const [key, fix] of fixes) {
    for (const cve of new Set([...fix.cves, ...[...fix.cvesByProduct.values()].flat()])) byCve.set(fixKey(cve), [...(byCve.get(fixKey(cve)) ?? []), key]);
  }
  return byCve;
}
