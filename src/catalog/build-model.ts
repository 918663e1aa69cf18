import { buildProduct } from './build-product.js';
import { contentsResolver } from './contents.js';
import type { CatalogDocument, FixDocument } from './document.js';
import { fixKeyResolver } from './fix-keys.js';
import { linkProducts } from './link-products.js';
import { fixKey, type Catalog, type CatalogSource, type Fix, type Product } from './model.js';
import { releasesByNameOf } from './release-indexes.js';

/** Builds the model of a validated catalog: every name reference resolved, every index built. */
export function buildCatalogModel(document: CatalogDocument, source: CatalogSource, sources: readonly CatalogSource[]): Catalog {
  const drafts = document.products.map(buildProduct);
  linkProducts(document, drafts);
  const products: readonly Product[] = drafts.map(({ product }) => product);
  const fixes = new Map((document.fixes ?? []).map((fix): [string, Fix] => [fixKey(fix.id), buildFix(fix)]));
  return { source, sources, products, fixes, releasesByName: releasesByNameOf(products), fixKeysFor: fixKeyResolver(fixes), contentsOf: contentsResolver() };
}

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
    notesByProduct: new Map(Object.entries(fix.notesByProduct ?? {})),
    configurationStep: fix.configurationStep === true,
    url: fix.url ?? null,
  };
}
