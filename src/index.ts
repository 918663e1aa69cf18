/** The library: load catalogs and analyse builds. Importing it has no side effects. */
export { analyzeBuildString, type AnalysisRequest } from './analyse/analyze-build.js';
export type { ExposedFix, Report, ReportWarning, Status } from './analyse/report.js';
export { analyze, loadCatalog, type AnalyzeOptions, type LoadCatalogOptions } from './app/library.js';
export type { CatalogDocument } from './catalog/document.js';
export type { Catalog, Fix, Line, Product, Release } from './catalog/model.js';
export { compareBuilds, formatBuild, type Build } from './parse/build/build.js';
export { parseBuildString, tryParseBuildString, type BuildStringForm, type ParsedBuildString } from './parse/build/parse-build-string.js';
export { BuildStringError, CatalogError, RollupCheckError, UsageError } from './shared/errors.js';
export { EXIT_CODES, type ExitCode } from './shared/exit-codes.js';
export type { SourceProblem } from './shared/source-problem.js';
