import type { CatalogSnapshot } from './catalog-snapshot.js';
import { keyLines } from './compact-model.js';
import type { LineDocument, ProductDocument } from './document.js';
import { releaseKey, type Catalog } from './model.js';

/** The release keys of each product of a revived snapshot, lowest build first, as one text (`keyLines`). */
const releaseKeys = new WeakMap<ProductDocument, string>();

/** The keys of a product's release names (`keyLines`, lowest build first) when its snapshot says them, without reading its lines. */
export const knownReleaseKeys = (product: ProductDocument): string | undefined => releaseKeys.get(product);

interface SnapshotHeader extends CatalogSnapshot {
  readonly releaseKeys: readonly string[];
}

/**
 * The text of a validated catalog's snapshot (at build time), one JSON element a line: first its
 * source, its document without the products' lines and each product's release keys (from its model),
 * then each product's lines. An overlay layered on it reads the lines of the products it extends.
 */
export function snapshotText(snapshot: CatalogSnapshot, model: Catalog): string {
  const { products } = snapshot.document;
  const header: SnapshotHeader = {
    source: snapshot.source,
    document: { ...snapshot.document, products: products.map((product) => ({ ...product, lines: [] })) },
    releaseKeys: model.products.map((product) => keyLines(product.releases.map((release) => releaseKey(release.name)))),
  };
  return `${[header, ...products.map((product) => product.lines)].map((element) => JSON.stringify(element)).join('\n')}\n`;
}

/** The snapshot `snapshotText` wrote, each product's lines parsed when first read. */
export function reviveSnapshot(text: string): CatalogSnapshot {
  const [head, ...parts] = text.split('\n');
  const { source, document, releaseKeys: keys } = JSON.parse(head!) as SnapshotHeader;
  document.products.forEach((product, index) => {
    releaseKeys.set(product, keys[index]!);
    const part = parts[index]!;
    Object.defineProperty(product, 'lines', {
      get: (): readonly LineDocument[] => {
        const lines = JSON.parse(part) as LineDocument[];
        Object.defineProperty(product, 'lines', { value: lines, enumerable: true, configurable: true, writable: true });
        return lines;
      },
      enumerable: true,
      configurable: true,
    });
  });
  return { source, document };
}
