import { compareBuilds, type Build } from '../parse/build/build.js';
import type { Line, Release } from '../catalog/model.js';
import { byPublication, publishedReleases, replacementOf } from './as-of.js';
import type { Recommendation } from './recommend.js';
import type { ExposureCompleteness } from './report.js';

/**
 * The releases the server lacks on its way to the recommendation: the later updates of its own
 * line (above `installed`), the releases of the path, and those of the recommended line published
 * after the server's own release (earlier ones had their counterparts on the server's line).
 */
export function missingReleases(line: Line | null, installed: Build, since: string, recommendation: Recommendation | null, asOf: string): Release[] {
  if (!recommendation) return [];
  const { release: target, path } = recommendation;
  const listed = (releases: readonly Release[], above: Build | null, upTo: Build | null): Release[] =>
    publishedReleases(releases, asOf).filter(
      (release) =>
        release.kind !== 'preview' &&
        release.kind !== 'private' &&
        replacementOf(release, asOf) === null &&
        (above === null || compareBuilds(release.build, above) > 0) &&
        (upTo === null || compareBuilds(release.build, upTo) <= 0),
    );
  const sameLine = line === target.line;
  const ownLine = line ? listed(line.releases, installed, sameLine ? target.build : null) : [];
  const passed = path.filter((release) => release.line !== line);
  const targetLine = sameLine ? [] : listed(target.line.releases, null, target.build).filter((release) => release.date > since);
  return [...new Set([...ownLine, ...passed, ...targetLine])].sort(byPublication);
}

/** Whether the fixes listed for the missing releases are all the fixes the server lacks. */
export function exposureCompleteness(missing: readonly Release[]): ExposureCompleteness {
  const security = missing.filter((release) => release.fixList.security !== 'complete');
  const other = missing.filter((release) => release.fixList.bug !== 'complete');
  const reasons = [
    ...(security.length > 0 ? [`security fixes not all listed for ${security.map((release) => release.name).join(', ')}`] : []),
    ...(other.length > 0 ? [`other fixes not all listed for ${other.length} missing ${other.length === 1 ? 'update' : 'updates'}`] : []),
  ];
  return {
    complete: reasons.length === 0,
    reasons,
    unknownSecurityUpdates: missing.filter((release) => release.fixList.security === 'unknown').map((release) => release.name),
  };
}
