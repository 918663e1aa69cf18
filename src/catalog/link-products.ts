import type { CatalogDocument } from './document.js';
import type { ProductDraft } from './build-product.js';
import { releaseKey } from './model.js';

/**
 * Resolves what links products: each product's successor (with the lines an in-place upgrade
 * starts from) and its predecessors, and releases that inherit another product's fixes.
 */
export function linkProducts(document: CatalogDocument, drafts: readonly ProductDraft[]): void {
  const byId = new Map(drafts.map(({ product }) => [product.id, product]));
  const releasesByName = new Map(drafts.flatMap(({ releases }) => releases.map((release) => [releaseKey(release.name), release] as const)));
  for (const [index, productDocument] of document.products.entries()) {
    const { product } = drafts[index]!;
    const successor = productDocument.successor;
    const target = successor === undefined ? undefined : byId.get(successor.product);
    if (successor && target) {
      const fromLines = successor.fromLines === undefined ? null : product.lines.filter((line) => successor.fromLines!.includes(line.name));
      product.successor = { product: target, method: successor.method, fromLines, note: successor.note ?? null };
      target.predecessors.push(product);
    }
    for (const lineDocument of productDocument.lines) {
      for (const releaseDocument of lineDocument.releases) {
        if (releaseDocument.inherits === undefined) continue;
        const release = releasesByName.get(releaseKey(releaseDocument.name));
        const inherited = releasesByName.get(releaseKey(releaseDocument.inherits));
        if (release && inherited) release.inherits = inherited;
      }
    }
  }
}
