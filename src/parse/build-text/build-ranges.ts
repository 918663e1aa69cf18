// Which numbers could be a build: inside a product's range, or starting like one.
import { MAX_BUILD_PART, compareBuilds, type DottedBuild } from '../build/build.js';
import type { BuildRange } from './reading.js';

export const isInRange = (parts: DottedBuild, range: BuildRange): boolean => compareBuilds(parts, range.from) >= 0 && compareBuilds(parts, range.below) < 0;

export const isInAnyRange = (parts: DottedBuild, ranges: readonly BuildRange[]): boolean => ranges.some((range) => isInRange(parts, range));

const padBuild = (prefix: readonly number[], filler: number): DottedBuild => [0, 1, 2, 3].map((index) => prefix[index] ?? filler) as unknown as DottedBuild;

/** Whether some build in `ranges` starts with these complete leading parts (none: false). */
export function couldStartBuild(prefix: readonly number[], ranges: readonly BuildRange[]): boolean {
  if (prefix.length === 0) return false;
  const lowest = padBuild(prefix.slice(0, 4), 0);
  const highest = padBuild(prefix.slice(0, 4), MAX_BUILD_PART);
  return ranges.some((range) => compareBuilds(lowest, range.below) < 0 && compareBuilds(highest, range.from) >= 0);
}
