export type Build = readonly [number, number, number, number];

export const MAX_BUILD_PART = 65535;

export function compareBuilds(a: Build, b: Build): -1 | 0 | 1 {
  for (let i = 0; i < 4; i++) {
    const diff = a[i]! - b[i]!;
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function formatBuild(build: Build): string {
  return build.join('.');
}

const DOTTED = /^(\d{1,10})\.(\d{1,10})\.(\d{1,10})\.(\d{1,10})$/;

export function tryParseDottedBuild(text: string): Build | null {
  const match = DOTTED.exec(text);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  if (parts.some((part) => part > MAX_BUILD_PART)) return null;
  return parts as unknown as Build;
}
