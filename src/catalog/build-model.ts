import { buildProduct } from './build-product.js';
import { contentsResolver } from './contents.js';
import type { CatalogDocument, FixDocument } from './document.js';
import { linkProducts } from './link-products.js';
import { fixKey, releaseKey, type Catalog, type CatalogSource, type Fix, type Product, type Release } from './model.js';

/** Builds the model of a validated catalog: every name reference resolved, every index built. */
export function buildCatalogModel(document: CatalogDocument, source: CatalogSource, sources: readonly CatalogSource[]): Catalog {
  const drafts = document.products.map(buildProduct);
  linkProducts(document, drafts);
  const products: readonly Product[] = drafts.map(({ product }) => product);
  const fixes = new Map((document.fixes ?? []).map((fix): [string, Fix] => [fixKey(fix.id), buildFix(fix)]));
  const releasesByName = new Map(products.flatMap((product) => product.releases.map((release): [string, Release] => [releaseKey(release.name), release])));
  const byCve = new Map<string, string[]>();
  for (const [key, fix] of fixes) {
    for (const cve of new Set([...fix.cves, ...[...fix.cvesByProduct.values()].flat()])) byCve.set(fixKey(cve), [...(byCve.get(fixKey(cve)) ?? []), key]);
  }
  const fixKeysFor = (id: string, product?: Product): readonly string[] => {
    const key = fixKey(id);
    const covering = (byCve.get(key) ?? []).filter((other) => other !== key && (product === undefined || coversOn(fixes.get(other)!, key, product)));
    return fixes.has(key) ? [key, ...covering] : covering;
  };
  return { source, sources, products, fixes, releasesByName, fixKeysFor, contentsOf: contentsResolver() };
}

const coversOn = (fix: Fix, cve: string, product: Product): boolean => (fix.cvesByProduct.get(product.id) ?? fix.cves).some((other) => fixKey(other) === cve);

function buildFix(fix: FixDocument): Fix {
  return {
    id: fix.id,
    kind: fix.kind,
    severity: fix.severity ?? null,
    cvss: fix.cvss ?? null,
    exploited: fix.exploited ?? false,
    kevAdded: fix.kevAdded ?? null,
    summary: fix.summary,
    cves: fix.cves ?? [],
    cvesByProduct: new Map(Object.entries(fix.cvesByProduct ?? {})),
    note: fix.note ?? null,
    configurationStep: fix.configurationStep === true,
    url: fix.url ?? null,
  };
}
