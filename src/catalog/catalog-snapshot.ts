import type { CatalogDocument } from './document.js';
import type { CatalogSource } from './model.js';

/** A validated, layered catalog document with the description of where it came from. */
export interface CatalogSnapshot {
  readonly source: CatalogSource;
  readonly document: CatalogDocument;
}
