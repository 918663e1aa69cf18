import { EXIT_CODES, type ExitCode } from '../shared/errors.js';
import type { RenderOptions } from '../render/render-options.js';
import { renderDiff } from '../render/queries/diff.js';
import { renderExplanation } from '../render/queries/explain.js';
import { renderReleases } from '../render/queries/releases.js';
import type { ViewFormat } from '../render/queries/query-output.js';
import { defaultAsOf } from '../gate/catalog-age.js';
import { TOOL_NAME, loadCatalog, toolVersion, type CatalogChoice, type RunIO } from './check.js';
import { diffReleases } from '../analyse/queries/diff-releases.js';
import { explain } from '../analyse/queries/explain.js';
import { listReleases } from '../analyse/queries/list-releases.js';

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
