// What readBuildText returns, and what its caller gives it.
import type { DottedBuild } from '../build/build.js';

/**
 * Every form a build can be stated in, most exact first. When several forms state the same build,
 * the reading reports the earliest in this list.
 */
export const BUILD_TEXT_FORMS = [
  'file-version-list',
  'file-version-table',
  'system-version',
  'clixml',
  'health-checker',
  'setup-log',
  'http-header',
  'mail-header',
  'dotted',
  'admin-display-version',
  'ad-serial-number',
  'registry-setup',
] as const;
export type BuildTextForm = (typeof BUILD_TEXT_FORMS)[number];

/** `exact`: the build of the binaries (security updates included). `cu-level`: only the CU or service pack. */
export type BuildTextProof = 'exact' | 'cu-level';

export const FOREIGN_PRODUCTS = ['exchange-2000', 'exchange-2003', 'exchange-online'] as const;
export type ForeignProduct = (typeof FOREIGN_PRODUCTS)[number];

/** Builds `from` (inclusive) up to `below` (exclusive), as a catalog product declares them. */
export interface BuildRange {
  readonly from: DottedBuild;
  readonly below: DottedBuild;
}

export interface BuildTextContext {
  /** The ranges of the catalog's products: a number outside all of them is no Exchange build. */
  readonly plausible: readonly BuildRange[];
}

export type BuildTextReading =
  | {
      readonly kind: 'build';
      readonly build: DottedBuild;
      readonly form: BuildTextForm;
      readonly proves: BuildTextProof;
      /** Release names stated next to the build (normalised), for the caller to compare with the catalog. */
      readonly names: readonly string[];
      /** What else confirms the build: other statements of it, CU-level statements consistent with it. */
      readonly notes: readonly string[];
      /** Values shaped like a build that were not read (malformed, out of range, not a server build), for a warning. */
      readonly passedOver: readonly string[];
    }
  | {
      readonly kind: 'foreign';
      readonly product: ForeignProduct;
      readonly build: string;
      readonly form: BuildTextForm;
      readonly notes: readonly string[];
    }
  | {
      /** No build at all, but a release-name-like phrase (normalised) for the caller to resolve. */
      readonly kind: 'name';
      readonly name: string;
    };
