import { EMBEDDED_CATALOG_YAML_URL } from '../input/package-paths.js';

/** Where a catalog is read from, and how messages name it. */
export interface CatalogLocation {
  readonly path: string | URL;
  readonly shownAs: string;
}

export const EMBEDDED_CATALOG: CatalogLocation = { path: EMBEDDED_CATALOG_YAML_URL, shownAs: 'embedded:exchange.yaml' };
