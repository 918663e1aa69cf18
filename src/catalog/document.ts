import type { VersionScheme } from '../parse/build/build.js';
import type { Severity } from '../shared/severity.js';

export const RELEASE_KINDS = ['preview', 'rtm', 'sp', 'cu', 'ru', 'su', 'hu', 'private'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const BASE_RELEASE_KINDS: readonly ReleaseKind[] = ['preview', 'rtm', 'sp', 'cu'];

export const FIX_KINDS = ['security', 'bug'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

/** How much of a release's fixes of one kind the catalog lists. */
export const FIX_LIST_STATES = ['complete', 'partial', 'unknown'] as const;
export type FixListState = (typeof FIX_LIST_STATES)[number];

export const AVAILABILITIES = ['public', 'esu'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const UPGRADE_METHODS = ['in-place', 'side-by-side', 'after-removal'] as const;
export type UpgradeMethod = (typeof UPGRADE_METHODS)[number];

export interface FixListDocument {
  readonly security?: FixListState;
  readonly bug?: FixListState;
}

export interface ReleaseDocument {
  readonly name: string;
  readonly build: string;
  readonly date: string;
  readonly dateDerived?: boolean;
  readonly kind: ReleaseKind;
  readonly kb?: string;
  readonly url?: string;
  readonly replaces?: string;
  readonly includedIn?: string;
  readonly outOfOrder?: string;
  readonly cumulative?: boolean;
  readonly availability?: Availability;
  readonly inherits?: string;
  readonly fixes?: readonly string[];
  readonly uncertainFixes?: readonly string[];
  readonly fixList?: FixListDocument;
}

export interface LineDocument {
  readonly name: string;
  readonly supportEnd?: string;
  readonly releases: readonly ReleaseDocument[];
}

export interface EsuPeriodDocument {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export interface SuccessorDocument {
  readonly product: string;
  readonly method: UpgradeMethod;
  readonly fromLines?: readonly string[];
  readonly note?: string;
}

/** A source's spelling of a service line (the text after a product's name) and the line it names. */
export interface LineNameDocument {
  readonly pattern: string;
  readonly line: string;
}

/** How outside sources spell lines and release kinds, for `catalog import`. */
export interface NamingDocument {
  readonly lines?: readonly LineNameDocument[];
  readonly releaseKinds?: readonly { readonly pattern: string; readonly kind: ReleaseKind }[];
  readonly reRelease?: string;
}

export interface ProductDocument {
  readonly id: string;
  readonly name: string;
  /** Names CVE records and the KEV catalog give this product. */
  readonly aliases?: readonly string[];
  readonly lineNames?: readonly LineNameDocument[];
  readonly versionScheme?: VersionScheme;
  readonly builds: { readonly from: string; readonly below: string };
  readonly mainstreamEnd?: string;
  readonly supportEnd?: string;
  readonly fixList?: Required<FixListDocument>;
  readonly extendedSecurityUpdates?: readonly EsuPeriodDocument[];
  readonly successor?: SuccessorDocument;
  readonly lines: readonly LineDocument[];
}

export interface FixDocument {
  readonly id: string;
  readonly kind: FixKind;
  readonly severity?: Severity;
  readonly cvss?: number;
  readonly exploited?: boolean;
  readonly kevAdded?: string;
  readonly summary: string;
  /** The summary is a source record's title, copied by `catalog import`. */
  readonly summaryImported?: true;
  readonly cves?: readonly string[];
  readonly cvesByProduct?: Readonly<Record<string, readonly string[]>>;
  readonly note?: string;
  readonly notesByProduct?: Readonly<Record<string, string>>;
  /** The note is a step on the server that installing the update does not do. */
  readonly configurationStep?: boolean;
  readonly url?: string;
}

export interface CatalogDocument {
  readonly schemaVersion: 1;
  readonly published: string;
  readonly factsComplete?: string;
  readonly description?: string;
  readonly naming?: NamingDocument;
  readonly products: readonly ProductDocument[];
  readonly fixes?: readonly FixDocument[];
}
