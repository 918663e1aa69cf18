import { EXIT_CODES, type ExitCode } from './errors.js';
import type { RenderOptions } from './render/render-options.js';
import { renderDiff } from './render/views/diff.js';
import { renderExplanation } from './render/views/explain.js';
import { renderReleases } from './render/views/releases.js';
import type { ViewFormat } from './render/views/view-output.js';
import { defaultAsOf } from './freshness.js';
import { TOOL_NAME, loadCatalog, toolVersion, type CatalogChoice, type RunIO } from './run.js';
import { diffReleases } from './views/diff-releases.js';
import { explain } from './views/explain.js';
import { listReleases } from './views/list-releases.js';

export interface ViewRequest {
  readonly format: ViewFormat;
  readonly asOf: string;
  readonly header: boolean;
  readonly catalogs: CatalogChoice;
}

export type CatalogView =
  | { readonly view: 'releases'; readonly product: string | null; readonly line: string | null }
  | { readonly view: 'explain'; readonly subject: string; readonly build: string | null }
  | { readonly view: 'diff'; readonly from: string; readonly to: string };

export async function runView(request: ViewRequest, view: CatalogView, io: RunIO): Promise<ExitCode> {
  const catalog = await loadCatalog(request.catalogs, io, defaultAsOf(io.env, new Date()));
  const options: RenderOptions & { asOf: string } = {
    colorLevel: 0,
    header: request.header,
    tool: { name: TOOL_NAME, version: toolVersion() },
    catalog: catalog.source,
    catalogs: catalog.sources,
    asOf: request.asOf,
  };
  const text =
    view.view === 'releases'
      ? renderReleases(listReleases(catalog, view.product, view.line, request.asOf), request.format, options)
      : view.view === 'explain'
        ? renderExplanation(explain(catalog, view.subject, request.asOf, view.build), request.format, options)
        : renderDiff(diffReleases(catalog, view.from, view.to, request.asOf), request.format, options);
  io.stdout.write(text);
  return EXIT_CODES.current;
}
