import type { Build, VersionScheme } from '../parse/build/build.js';
import type { Severity } from '../shared/severity.js';
import type { Availability, FixKind, FixListState, ReleaseKind, UpgradeMethod } from './document.js';

export interface Fix {
  readonly id: string;
  readonly kind: FixKind;
  readonly severity: Severity | null;
  readonly cvss: number | null;
  readonly exploited: boolean;
  /** When CISA added it to its Known Exploited Vulnerabilities catalog. */
  readonly kevAdded: string | null;
  readonly summary: string;
  readonly cves: readonly string[];
  /** The CVE list for a product where it differs from `cves`. */
  readonly cvesByProduct: ReadonlyMap<string, readonly string[]>;
  /** What else is needed besides the update, on every product but those in `notesByProduct`. */
  readonly note: string | null;
  /** The note for a product where it differs from `note`. */
  readonly notesByProduct: ReadonlyMap<string, string>;
  /** The note is a step on the server (configuration, a Setup switch) that installing the update does not do. */
  readonly configurationStep: boolean;
  readonly url: string | null;
}

/** The CVEs a fix covers on a product. */
export const cvesOf = (fix: Fix, product: Product): readonly string[] => fix.cvesByProduct.get(product.id) ?? fix.cves;

/** What else a server of the product needs besides the update, if anything. */
export const noteOf = (fix: Fix, product: Product): string | null => fix.notesByProduct.get(product.id) ?? fix.note;

/** How much of a release's fixes the catalog lists, per kind. */
export interface FixListCompleteness {
  readonly security: FixListState;
  readonly bug: FixListState;
}

export interface Release {
  readonly name: string;
  readonly build: Build;
  readonly date: string;
  readonly kind: ReleaseKind;
  readonly kb: string | null;
  readonly url: string | null;
  /** The earlier release on its line that this one re-releases (v2, v3). */
  readonly replaces: Release | null;
  /** The later releases on its line that re-release this one, lowest build first. */
  readonly replacements: readonly Release[];
  /** For a private fix: the public rollup on its line that carries its fixes. */
  readonly includedIn: Release | null;
  readonly cumulative: boolean;
  /** Who can obtain it: anyone, or only organisations enrolled in the product's Extended Security Update programme. */
  readonly availability: Availability;
  /** A release (of any product) whose every fix this one contains too. */
  readonly inherits: Release | null;
  /** Fix keys the release lists itself. */
  readonly fixIds: readonly string[];
  /** Fix keys a source places in this release while the current record places them in a later one. */
  readonly uncertainFixIds: readonly string[];
  readonly fixList: FixListCompleteness;
  /** Fix keys it brings publicly: its own and those of the private fixes it includes; none for a private fix. */
  readonly publicFixIds: readonly string[];
  readonly line: Line;
  readonly product: Product;
}

export interface Line {
  readonly name: string;
  readonly supportEnd: string | null;
  readonly product: Product;
  /** Lowest build first. */
  readonly releases: readonly Release[];
  /** The release the line starts from (RTM, service pack or CU). */
  readonly base: Release;
}

export interface EsuPeriod {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** The product that replaces one out of support, and how servers get there. */
export interface Succession {
  readonly product: Product;
  readonly method: UpgradeMethod;
  /** For an in-place upgrade: the lines it can start from; null for any line. */
  readonly fromLines: readonly Line[] | null;
  readonly note: string | null;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly scheme: VersionScheme;
  readonly from: Build;
  readonly below: Build;
  readonly supportEnd: string | null;
  /** Periods of the paid Extended Security Update programme after the end of support. */
  readonly esuPeriods: readonly EsuPeriod[];
  readonly successor: Succession | null;
  /** The products whose successor this one is. */
  readonly predecessors: readonly Product[];
  /** Lowest base build first. */
  readonly lines: readonly Line[];
  /** Lowest build first. */
  readonly releases: readonly Release[];
  /** The releases that list a fix, earliest publication first. */
  readonly shippersOf: (fixKey: string) => readonly Release[];
}

export interface CatalogSource {
  readonly file: string;
  readonly published: string;
  /** Up to when the catalog says its releases and fix lists are complete; null when it does not say. */
  readonly factsComplete: string | null;
  readonly digest: string;
}

export interface ReleaseContents {
  /** Fix keys the release certainly contains. */
  readonly fixes: ReadonlySet<string>;
  /** Fix keys the build cannot prove: earlier updates a non-cumulative package does not carry. */
  readonly uncertain: ReadonlySet<string>;
}

export interface Catalog {
  /** The catalogs used, combined: the earliest `factsComplete` any of them declares. */
  readonly source: CatalogSource;
  readonly sources: readonly CatalogSource[];
  readonly products: readonly Product[];
  readonly fixes: ReadonlyMap<string, Fix>;
  readonly releasesByName: ReadonlyMap<string, Release>;
  /** Fix keys an id names: the fix itself, or every fix (a bulletin, say) that covers it as a CVE (on the product, when given). */
  readonly fixKeysFor: (id: string, product?: Product) => readonly string[];
  /** What a release contains, worked out on first use and kept with the catalog. */
  readonly contentsOf: (release: Release) => ReleaseContents;
}

export const fixKey = (id: string): string => id.toUpperCase();
/** A release name in any case and spacing, as one key: trimmed, each run of white space one space, lower case. */
export const releaseKey = (name: string): string => {
  const trimmed = name.trim();
  // Most names are spaced already; replacing would copy them for nothing.
  return (/[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
};
