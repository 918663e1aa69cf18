import type { Build, VersionScheme } from '../parse/build/build.js';
import type { Severity } from '../shared/severity.js';
import type { FixKind, ReleaseKind } from './document.js';

export interface Fix {
  readonly id: string;
  readonly kind: FixKind;
  readonly severity: Severity | null;
  readonly cvss: number | null;
  readonly exploited: boolean;
  readonly summary: string;
  readonly cves: readonly string[];
  readonly note: string | null;
  readonly url: string | null;
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
  /** Fix keys the release lists itself. */
  readonly fixIds: readonly string[];
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

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly scheme: VersionScheme;
  readonly from: Build;
  readonly below: Build;
  readonly supportEnd: string | null;
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
  readonly digest: string;
}

export interface ReleaseContents {
  /** Fix keys the release certainly contains. */
  readonly fixes: ReadonlySet<string>;
  /** Fix keys the build cannot prove: earlier updates a non-cumulative package does not carry. */
  readonly uncertain: ReadonlySet<string>;
}

export interface Catalog {
  readonly source: CatalogSource;
  readonly sources: readonly CatalogSource[];
  readonly products: readonly Product[];
  readonly fixes: ReadonlyMap<string, Fix>;
  readonly releasesByName: ReadonlyMap<string, Release>;
  /** Fix keys an id names: the fix itself, or every fix (a bulletin, say) that covers it as a CVE. */
  readonly fixKeysFor: (id: string) => readonly string[];
  /** What a release contains, worked out on first use and kept with the catalog. */
  readonly contentsOf: (release: Release) => ReleaseContents;
}

export const fixKey = (id: string): string => id.toUpperCase();
export const releaseKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
