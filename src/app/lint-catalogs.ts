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

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Lists every error and warning of the chosen catalogs, layered; invalid catalogs give their own verdict. */
export async function lintCatalogs(choice: CatalogChoice, format: QueryFormat, header: boolean, context: RunContext): Promise<Verdict> {
  const locations = await localCatalogLocations(choice, context, progressStarter(context, false));
  const findings = lintFindings(inspectCatalogs(locations, maxInputBytesFrom(context.env)));
  context.stdout.write(renderLint(findings, format, { header, tool: { name: TOOL_NAME, version: context.toolVersion } }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  context.diagnostics.info(`${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')} in ${plural(locations.length, 'catalog')}`);
  return errors > 0 ? 'invalid-catalog' : 'pass';
}
