import { EMBEDDED_CATALOG_YAML_URL } from '../input/package-paths.js';

/** Where a catalog is read from, and how messages name it. */
export interface CatalogLocation {
  readonly path: string | URL;
  readonly shownAs: string;
  /** The text itself, when it was downloaded but could not be kept in the cache. */
  readonly text?: string;
}

export const EMBEDDED_CATALOG: CatalogLocation = { path: EMBEDDED_CATALOG_YAML_URL, shownAs: 'embedded:exchange.yaml' };
