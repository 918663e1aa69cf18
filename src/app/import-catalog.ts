import { fileURLToPath } from 'node:url';
import { checkCatalogRules, validateCatalogData, validateCatalogText } from '../catalog/validate-catalog.js';
import { layerCatalogs } from '../catalog/layer-catalogs.js';
import { planImport } from '../catalog/import/plan-import.js';
import { writeCatalogText } from '../catalog/import/write-catalog-text.js';
import { writeOverlayText } from '../catalog/import/overlay.js';
import { readImportFiles } from '../input/import-files.js';
import { isSingleExecutable, packageFileUrl, PACKAGE_FILES } from '../input/package-files.js';
import { describeReadError, maxInputBytesFrom, readTextFile } from '../input/text-files.js';
import { openReportFile } from '../output/report-file.js';
import type { SchemaValidator } from '../parse/yaml/validate-yaml.js';
import { parseImportSources } from '../parse/import/import-sources.js';
import { formatInputProblem } from '../parse/import/json-reader.js';
import { renderImportSummary, type SummaryFormat } from '../render/import/import-summary.js';
import { CatalogError, UsageError } from '../shared/errors.js';
import type { SourceProblem } from '../shared/source-problem.js';
import type { Verdict } from '../shared/verdict.js';
import { catalogValidator } from './read-local-catalogs.js';
import type { RunContext } from './run-context.js';
import { writeQueryOutput } from './write-query-output.js';

export interface ImportRequest {
  /** CVE record files, folders of them, build-table CSV files and KEV JSON files, in any mix. */
  readonly sources: readonly string[];
  /** The catalog to import into; null: the embedded catalog's source, catalog/exchange.yaml. */
  readonly catalog: string | null;
  /** Write an overlay catalog to this file instead of changing the catalog. */
  readonly overlay: string | null;
  readonly dryRun: boolean;
  readonly factsComplete: string | null;
  readonly format: SummaryFormat;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const sink = openReportFile(path);
  try {
    await sink.write(text);
    await sink.finish();
  } catch (error) {
    sink.abandon();
    throw error;
  }
}

/**
 * The errors of the result. A changed catalog is checked as data first (parsing a large YAML file
 * again would cost more than the import), and its text only to place errors; an overlay is checked
 * layered on the catalog, as `catalog lint` would.
 */
function resultErrors(
  target: string,
  text: string,
  output: string,
  overlay: string | null,
  document: object,
  schema: SchemaValidator,
): readonly SourceProblem[] {
  if (overlay !== null)
    return layerCatalogs(
      [
        { file: target, text, digest: '' },
        { file: overlay, text: output, digest: '' },
      ],
      schema,
    ).errors;
  const errors = validateCatalogData(document, schema, (path) => ({ file: target, line: 1, column: 1, path }));
  if (errors.length === 0) return [];
  const placed = layerCatalogs([{ file: target, text: output, digest: '' }], schema).errors;
  return placed.length > 0 ? placed : errors;
}

/** `catalog import`: reads the sources, applies them to the catalog, checks the result, writes it (or an overlay) and prints the review summary. */
export async function runCatalogImport(request: ImportRequest, context: RunContext): Promise<Verdict> {
  if (request.sources.length === 0) throw new UsageError('name CVE record files or folders, a build table (CSV) or a KEV catalog (JSON) to import');
  const sources = parseImportSources(readImportFiles(request.sources, maxInputBytesFrom(context.env)));
  if (sources.problems.length > 0) {
    for (const problem of sources.problems) context.diagnostics.error(formatInputProblem(problem));
    context.diagnostics.error(`${sources.problems.length} problem${sources.problems.length === 1 ? '' : 's'} in the inputs: nothing imported, nothing written`);
    return 'unreadable';
  }
  if (request.catalog === null && isSingleExecutable())
    throw new UsageError('the single executable carries its catalog read-only: name the catalog to import into with --catalog FILE');
  const target = request.catalog ?? fileURLToPath(packageFileUrl(PACKAGE_FILES.embeddedCatalog));
  let text: string;
  try {
    text = readTextFile(target, maxInputBytesFrom(context.env));
  } catch (error) {
    throw new CatalogError([{ file: target, line: 1, column: 1, message: `cannot read catalog: ${describeReadError(error)}`, rule: 'read' }]);
  }
  const schema = await catalogValidator();
  const validation = validateCatalogText(text, target, schema);
  const rules = validation.data === null ? null : checkCatalogRules(validation.data, validation.positionOf);
  if (validation.data === null || rules!.errors.length > 0) throw new CatalogError([...validation.errors, ...(rules?.errors ?? [])]);

  const { work, log } = planImport(validation.data, sources, { today: context.today, factsComplete: request.factsComplete });
  const header = `# Overlay written by rollup-check catalog import on ${context.today}; layer it on ${target.split(/[\\/]/).pop()} with --catalog.\n`;
  const output = request.overlay === null ? writeCatalogText(text, work, validation.document) : writeOverlayText(work, header, log);
  const errors = resultErrors(target, text, output, request.overlay, work.document, schema);
  if (errors.length > 0) {
    context.diagnostics.error('the imported catalog would not be valid: nothing written');
    throw new CatalogError(errors);
  }
  const changed = request.overlay !== null || output !== text;
  if (!request.dryRun && changed) await writeAtomically(request.overlay ?? target, output);
  const written = request.dryRun
    ? 'dry run: nothing written'
    : !changed
      ? 'nothing to change'
      : request.overlay !== null
        ? `overlay written to ${request.overlay}`
        : `written to ${target}`;
  await writeQueryOutput(renderImportSummary(log, { target, written, format: request.format }), request.format, context);
  return log.conflicts.length > 0 ? 'fail' : 'pass';
}
