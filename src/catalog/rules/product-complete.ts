import type { DocumentFinding } from '../../parse/yaml/document-finding.js';
import type { CatalogRule } from './rule-helpers.js';

/**
 * An overlay may extend a product by its id alone; once the catalogs are layered every product
 * needs the name and build range some catalog gives it.
 */
export const productsComplete: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, productIndex): DocumentFinding[] => {
    const missing = (['name', 'builds'] as const).filter((field) => (product as Partial<typeof product>)[field] === undefined);
    if (missing.length === 0) return [];
    return [
      {
        path: ['products', productIndex, 'id'],
        message: `product ${product.id} has no ${missing.join(' and ')}: an overlay that extends a product must name one an earlier catalog defines`,
      },
    ];
  });
