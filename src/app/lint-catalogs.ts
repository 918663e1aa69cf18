import { lintFindings } from '../catalog/layer-catalogs.js';
import type { QueryFormat } from '../render/queries/query-output.js';
import { renderLint } from '../render/queries/lint.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import type { Verdict } from '../shared/verdict.js';
import { maxInputBytesFrom } from '../input/text-files.js';
import { localCatalogLocations, type CatalogChoice } from './catalog-choice.js';
import { inspectCatalogs } from './read-local-catalogs.js';
import type { RunContext } from './run-context.js';
import { progressStarter } from './start-progress.js';
import { writeQueryOutput } from './write-query-output.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export interface LintScope {
  /** The files the user asked to lint (as messages name them); null: every catalog chosen (the embedded one alone, by default). */
  readonly own: readonly string[] | null;
  /** Also list the problems of the catalogs the files are layered on. */
  readonly includeBase: boolean;
}

/** Lists every error and warning of the chosen catalogs, layered; invalid catalogs give their own verdict. */
export async function lintCatalogs(choice: CatalogChoice, format: QueryFormat, header: boolean, context: RunContext, scope: LintScope): Promise<Verdict> {
  const locations = await localCatalogLocations(choice, context, progressStarter(context, false));
  const all = lintFindings(await inspectCatalogs(locations, { warnings: true, maxBytes: maxInputBytesFrom(context.env) }));
  const own = scope.own === null || scope.includeBase ? null : new Set(scope.own);
  const findings = own === null ? all : all.filter((finding) => own.has(finding.file));
  await writeQueryOutput(renderLint(findings, format, { header, tool: { name: TOOL_NAME, version: context.toolVersion } }), format, context);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const hidden = all.length - findings.length;
  const baseNote = hidden > 0 ? `; ${plural(hidden, 'finding')} in the catalogs they extend (--include-base lists them)` : '';
  const checked = own === null ? plural(locations.length, 'catalog') : plural(own.size, 'catalog');
  context.diagnostics.info(`${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')} in ${checked}${baseNote}`);
  return errors > 0 || all.some((finding) => finding.severity === 'error') ? 'invalid-catalog' : 'pass';
}
