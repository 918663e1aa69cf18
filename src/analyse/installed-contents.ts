import type { Catalog, Release, ReleaseContents } from '../catalog/model.js';
import { publishedReleases } from './as-of.js';
import type { Identification } from './identify.js';
import type { Confidence } from './report.js';

/** The release the analysis starts from: the one installed, the one below an unlisted or newer build; its line's base for CU-level input. */
export function analysisFloor(identification: Identification, confidence: Confidence): Release | null {
  const known = identification.release ?? identification.below;
  if (!known) return null;
  return confidence === 'cu-level' ? known.line.base : known;
}

/**
 * What the server certainly contains, and what it may: for CU-level input (AdminDisplayVersion,
 * the registry's Setup values) every fix an update on that CU could have brought is uncertain.
 */
export function installedContents(catalog: Catalog, floor: Release, confidence: Confidence, asOf: string): ReleaseContents {
  const contents = catalog.contentsOf(floor);
  if (confidence !== 'cu-level') return contents;
  const updates = publishedReleases(floor.line.releases, asOf).filter((release) => release !== floor.line.base);
  const possible = updates.flatMap((release) => [...release.publicFixIds, ...release.uncertainFixIds]);
  return { fixes: contents.fixes, uncertain: new Set([...contents.uncertain, ...possible].filter((id) => !contents.fixes.has(id))) };
}
