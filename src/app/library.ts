import { analyzeBuildString } from '../analyse/analyze-build.js';
import type { Target } from '../analyse/recommend.js';
import type { Report } from '../analyse/report.js';
import type { Catalog } from '../catalog/model.js';
import { todayFrom } from '../shared/calendar-date.js';
import { EMBEDDED_CATALOG } from './catalog-location.js';
import { loadLocalCatalogs } from './load-catalogs.js';

export interface LoadCatalogOptions {
  /** YAML catalogs layered on the embedded one, in order. */
  readonly files?: readonly string[];
  /** Leave out the embedded Exchange catalog (then `files` must name at least one). */
  readonly withoutDefault?: boolean;
}

/** Loads the embedded catalog and any YAML catalogs layered on it; throws a CatalogError listing every problem. */
export async function loadCatalog(options: LoadCatalogOptions = {}): Promise<Catalog> {
  const files = (options.files ?? []).map((file) => ({ path: file, shownAs: file }));
  return loadLocalCatalogs(options.withoutDefault === true ? files : [EMBEDDED_CATALOG, ...files]);
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD; default today's local date. */
  readonly asOf?: string;
  readonly target?: Target;
  /** Fix ids whose presence the report should state. */
  readonly require?: readonly string[];
}

/** Analyses one build string; throws a BuildStringError when it cannot be read. */
export function analyze(catalog: Catalog, buildString: string, options: AnalyzeOptions = {}): Report {
  return analyzeBuildString(catalog, {
    buildString,
    asOf: options.asOf ?? todayFrom(undefined, new Date()),
    target: options.target ?? 'supported',
    require: options.require ?? [],
  });
}
