export { compareBuilds, formatBuild, type Build } from './build/build.js';
export { parseBuildString, tryParseBuildString, type BuildStringForm, type ParsedBuildString } from './build/parse-build-string.js';
export type { CatalogDocument } from './catalog/document.js';
export { loadCatalogFile, loadEmbeddedCatalog, type LoadedCatalog } from './catalog/load-catalog.js';
export type { Catalog, Fix, Line, Product, Release } from './catalog/model.js';
export { analyzeBuildString, type AnalysisRequest } from './core/analyze.js';
export type { ExposedFix, Report, ReportWarning, Status } from './core/report.js';
export { BuildStringError, CatalogError, EXIT_CODES, RollupCheckError, UsageError, type SourceProblem } from './errors.js';
export { FORMATS, RENDERERS, type Format } from './render/renderers.js';
