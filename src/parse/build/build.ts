import compareSemver from 'semver/functions/compare.js';
import validSemver from 'semver/functions/valid.js';

export type DottedBuild = readonly [number, number, number, number];

/** A semantic version (semver.org), for products whose catalog declares `versionScheme: semver`. */
export interface SemverBuild {
  readonly semver: string;
}

export type Build = DottedBuild | SemverBuild;

export const VERSION_SCHEMES = ['dotted', 'semver'] as const;
export type VersionScheme = (typeof VERSION_SCHEMES)[number];

export const MAX_BUILD_PART = 65535;

export const isSemverBuild = (build: Build): build is SemverBuild => !Array.isArray(build);

export const schemeOf = (build: Build): VersionScheme => (isSemverBuild(build) ? 'semver' : 'dotted');

export function compareBuilds(a: Build, b: Build): -1 | 0 | 1 {
  if (isSemverBuild(a) || isSemverBuild(b)) {
    if (isSemverBuild(a) && isSemverBuild(b)) return compareSemver(a.semver, b.semver);
    return isSemverBuild(a) ? 1 : -1;
  }
  for (let i = 0; i < 4; i++) {
    const diff = a[i]! - b[i]!;
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function formatBuild(build: Build): string {
  return isSemverBuild(build) ? build.semver : build.join('.');
}

const DOTTED = /^(\d{1,10})\.(\d{1,10})\.(\d{1,10})\.(\d{1,10})$/;

export function tryParseDottedBuild(text: string): DottedBuild | null {
  const match = DOTTED.exec(text);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  if (parts.some((part) => part > MAX_BUILD_PART)) return null;
  return parts as unknown as DottedBuild;
}

export function tryParseSemverBuild(text: string): SemverBuild | null {
  const version = validSemver(text);
  return version === null ? null : { semver: version };
}

export function tryParseBuildIn(scheme: VersionScheme, text: string): Build | null {
  return scheme === 'semver' ? tryParseSemverBuild(text) : tryParseDottedBuild(text);
}
