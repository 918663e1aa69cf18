import { readFileSync } from 'node:fs';
import type { Catalog } from './catalog/model.js';
import { loadCatalogFile, loadEmbeddedCatalog, type LoadedCatalog } from './catalog/load-catalog.js';
import { formatCatalogProblem } from './errors.js';
import { PACKAGE_JSON_URL } from './package-paths.js';
import { analyzeBuildString } from './core/analyze.js';
import type { Target } from './core/recommend.js';
import type { Report } from './core/report.js';
import type { ColorLevel } from './render/render-options.js';
import { RENDERERS, type Format } from './render/renderers.js';

export interface CheckRequest {
  readonly buildString: string;
  readonly asOf: string;
  readonly target: Target;
  readonly format: Format;
  readonly header: boolean;
  readonly colorLevel: ColorLevel;
  readonly catalogFile: string | null;
}

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const TOOL_NAME = 'rollup-check';

export function toolVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON_URL, 'utf8')) as { version: string }).version;
}

async function loadCatalog(file: string | null, output: Output): Promise<Catalog> {
  const loaded: LoadedCatalog = file === null ? loadEmbeddedCatalog() : await loadCatalogFile(file);
  for (const warning of loaded.warnings) output.stderr(`${TOOL_NAME}: warning: ${formatCatalogProblem(warning)}\n`);
  return loaded.catalog;
}

export async function runCheck(request: CheckRequest, output: Output): Promise<Report> {
  const catalog = await loadCatalog(request.catalogFile, output);
  const report = analyzeBuildString(catalog, request);
  const rendered = RENDERERS[request.format](report, {
    colorLevel: request.colorLevel,
    header: request.header,
    tool: { name: TOOL_NAME, version: toolVersion() },
    catalog: catalog.source,
  });
  output.stdout(rendered);
  for (const warning of report.warnings) output.stderr(`${TOOL_NAME}: warning: ${warning.message}\n`);
  return report;
}
