import { compareBuilds, tryParseBuildIn } from '../parse/build/build.js';
import { buildProductLines, buildProductShell } from './build-product.js';
import { keyLines } from './compact-model.js';
import { contentsResolver } from './contents.js';
import type { CatalogDocument, FixDocument } from './document.js';
import type { Draft } from './draft.js';
import { fixKeyResolver } from './fix-keys.js';
import { fixKey, releaseKey, type Catalog, type CatalogSource, type Fix, type Product, type Release } from './model.js';
import { releasesByNameOf } from './release-indexes.js';
import { knownReleaseKeys } from './snapshot-text.js';
import { ReleasesByName } from './releases-by-name.js';

/** The fields of a product that are built with its lines. */
const BUILT_FIELDS = ['successor', 'lines', 'releases'] as const;

/**
 * Builds the model of a validated catalog: every name reference resolved, every index built. A
 * product's lines and releases are built when one of them, its successor or its shippers of a fix
 * are first asked for, as the embedded catalog's products are revived (`revive-catalog.ts`): a
 * check with an overlay builds the products it looks at, not every one.
 */
export function buildCatalogModel(document: CatalogDocument, source: CatalogSource, sources: readonly CatalogSource[]): Catalog {
  const products = document.products.map(buildProductShell);
  const byId = new Map(products.map((product) => [product.id, product]));
  document.products.forEach(({ successor }, index) => {
    const target = successor && byId.get(successor.product);
    if (target) target.predecessors.push(products[index]!);
  });
  const built: (readonly Draft<Release>[] | undefined)[] = [];

  /** A product's releases in the document's order, the product built on the first call. */
  const releasesInDocumentOrder = (index: number): readonly Draft<Release>[] => {
    const known = built[index];
    if (known) return known;
    const product = products[index]!;
    const productDocument = document.products[index]!;
    const { lines, releases, inDocumentOrder, shippersOf } = buildProductLines(productDocument, product);
    built[index] = inDocumentOrder;
    const { successor } = productDocument;
    const target = successor && byId.get(successor.product);
    const fromLines = successor?.fromLines;
    Object.defineProperties(product, {
      lines: { value: lines },
      releases: { value: releases },
      successor: {
        value:
          successor && target
            ? { product: target, method: successor.method, fromLines: fromLines === undefined ? null : lines.filter((line) => fromLines.includes(line.name)), note: successor.note ?? null }
            : null,
      },
    });
    product.shippersOf = shippersOf;
    productDocument.lines
      .flatMap((line) => line.releases)
      .forEach(({ inherits }, at) => {
        if (inherits !== undefined) inDocumentOrder[at]!.inherits = releasesByName.get(releaseKey(inherits)) ?? null;
      });
    return inDocumentOrder;
  };

  products.forEach((product, index) => {
    for (const field of BUILT_FIELDS) Object.defineProperty(product, field, { get: () => (releasesInDocumentOrder(index), product[field]), enumerable: true, configurable: true });
    product.shippersOf = (key) => (releasesInDocumentOrder(index), product.shippersOf(key));
  });
  const fixes = new Map((document.fixes ?? []).map((fix): [string, Fix] => [fixKey(fix.id), buildFix(fix)]));
  const all: readonly Product[] = products;
  const releasesByName = new ReleasesByName(releaseKeysOf(document, all), (index) => all[index]!.releases, () => releasesByNameOf(all));
  return { source, sources, products: all, fixes, releasesByName, fixKeysFor: fixKeyResolver(fixes), contentsOf: contentsResolver() };
}

/** Per product, the keys of its releases' names, lowest build first (as `Product.releases` lists them), as one text (`keyLines`): from the snapshot the product comes from, else worked out. */
function releaseKeysOf(document: CatalogDocument, products: readonly Product[]): string[] {
  return document.products.map((productDocument, index) => {
    const known = knownReleaseKeys(productDocument);
    if (known !== undefined) return known;
    const { scheme } = products[index]!;
    const releases = productDocument.lines.flatMap((line) => line.releases.map((release) => ({ key: releaseKey(release.name), build: tryParseBuildIn(scheme, release.build)! })));
    return keyLines(releases.sort((a, b) => compareBuilds(a.build, b.build)).map((release) => release.key));
  });
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
