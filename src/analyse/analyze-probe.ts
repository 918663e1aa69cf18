import { formatBuild, isSemverBuild } from '../parse/build/build.js';
import { describeProbeSource } from '../parse/probe/describe-probe.js';
import { probeEvidence } from '../parse/probe/probe-evidence.js';
import type { ProbeSuccess } from '../parse/probe/probe-result.js';
import type { Catalog, Release } from '../catalog/model.js';
import { analyzeBuildString, type AnalysisRequest } from './analyze-build.js';
import type { Report } from './report.js';

function atLevel(release: Release, level: readonly number[]): boolean {
  const { build } = release;
  return !isSemverBuild(build) && level.every((part, index) => build[index] === part);
}

/**
 * The release a CU level stands for: the line that starts at that level (a CU), else the lowest
 * release at it (an Exchange 2010 rollup, say). Analysed with `cuLevelOnly`, its line's base is the
 * floor, as for AdminDisplayVersion. A made-up `x.y.z.0` would sit below the CU and be placed on
 * the previous line instead.
 */
export function releaseAtCuLevel(catalog: Catalog, level: readonly number[]): Release | null {
  for (const product of catalog.products) {
    const line = product.lines.find((candidate) => atLevel(candidate.base, level));
    if (line) return line.base;
    const release = product.releases.find((candidate) => atLevel(candidate, level));
    if (release) return release;
  }
  return null;
}

/** The build string analysed for what a probe proved: the exact build, or the release its CU level stands for. */
export function probedBuildString(catalog: Catalog, result: ProbeSuccess): string {
  if (result.proves === 'exact') return result.build;
  const release = releaseAtCuLevel(catalog, result.parts);
  return release ? formatBuild(release.build) : `${result.build}.0`;
}

/**
 * Analyses the build a probe read exactly as a pasted build; a CU level is CU-level input
 * (`confidence: cu-level`). `input.source` says where the build came from, `input.probe` holds the
 * evidence of every endpoint.
 */
export function analyzeProbe(catalog: Catalog, result: ProbeSuccess, request: Omit<AnalysisRequest, 'buildString' | 'cuLevelOnly' | 'source'>): Report {
  const report = analyzeBuildString(catalog, {
    ...request,
    buildString: probedBuildString(catalog, result),
    cuLevelOnly: result.proves === 'cu-level',
    source: describeProbeSource(result),
  });
  return { ...report, input: { ...report.input, probe: probeEvidence(result) } };
}
