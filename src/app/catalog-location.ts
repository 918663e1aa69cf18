import { PACKAGE_FILES, type PackageFile } from '../input/package-files.js';

/** Where a catalog is read from, and how messages name it. */
export type CatalogLocation =
  | {
      readonly path: string;
      readonly shownAs: string;
      /** The text itself, when it was downloaded but could not be kept in the cache. */
      readonly text?: string;
    }
  /** A catalog shipped with the package (an asset of the single executable). */
  | { readonly packageFile: PackageFile; readonly shownAs: string };

export const EMBEDDED_CATALOG: CatalogLocation = { packageFile: PACKAGE_FILES.embeddedCatalog, shownAs: 'embedded:exchange.yaml' };

/** A local file or URL given by the user; null for a catalog of the package. */
export const userPathOf = (location: CatalogLocation): string | null => ('path' in location ? location.path : null);
