import type { VersionScheme } from '../parse/build/build.js';
import type { Severity } from '../shared/severity.js';

export const RELEASE_KINDS = ['preview', 'rtm', 'sp', 'cu', 'ru', 'su', 'hu', 'private'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const BASE_RELEASE_KINDS: readonly ReleaseKind[] = ['preview', 'rtm', 'sp', 'cu'];

export const FIX_KINDS = ['security', 'bug'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

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
  readonly fixes?: readonly string[];
}

export interface LineDocument {
  readonly name: string;
  readonly supportEnd?: string;
  readonly releases: readonly ReleaseDocument[];
}

export interface ProductDocument {
  readonly id: string;
  readonly name: string;
  readonly versionScheme?: VersionScheme;
  readonly builds: { readonly from: string; readonly below: string };
  readonly mainstreamEnd?: string;
  readonly supportEnd?: string;
  readonly lines: readonly LineDocument[];
}

export interface FixDocument {
  readonly id: string;
  readonly kind: FixKind;
  readonly severity?: Severity;
  readonly cvss?: number;
  readonly exploited?: boolean;
  readonly summary: string;
  readonly cves?: readonly string[];
  readonly note?: string;
  readonly url?: string;
}

export interface CatalogDocument {
  readonly schemaVersion: 1;
  readonly published: string;
  readonly description?: string;
  readonly products: readonly ProductDocument[];
  readonly fixes?: readonly FixDocument[];
}
