import { diffReleases } from '../analyse/queries/diff-releases.js';
import { explain } from '../analyse/queries/explain.js';
import { listReleases } from '../analyse/queries/list-releases.js';
import { renderDiff } from '../render/queries/diff.js';
import { renderExplanation } from '../render/queries/explain.js';
import type { QueryFormat } from '../render/queries/query-output.js';
import { renderReleases } from '../render/queries/releases.js';
import type { RenderOptions } from '../render/render-options.js';
import { TOOL_NAME } from '../shared/tool-name.js';
import type { Verdict } from '../shared/verdict.js';
import { loadCatalog, type CatalogChoice } from './catalog-choice.js';
import type { RunContext } from './run-context.js';
import { progressStarter } from './start-progress.js';
import { writeQueryOutput } from './write-query-output.js';

export interface QueryRequest {
  readonly format: QueryFormat;
  readonly asOf: string;
  readonly header: boolean;
  readonly catalogs: CatalogChoice;
}

export type CatalogQuery =
  | { readonly query: 'releases'; readonly product: string | null; readonly line: string | null }
  | { readonly query: 'explain'; readonly subject: string; readonly build: string | null }
  | { readonly query: 'diff'; readonly from: string; readonly to: string };

/** Answers a question about the catalog: its releases, what a fix or release is, what changes between two releases. */
export async function runCatalogQuery(request: QueryRequest, query: CatalogQuery, context: RunContext): Promise<Verdict> {
  const catalog = await loadCatalog(request.catalogs, context, progressStarter(context, false));
  const options: RenderOptions = {
    width: null,
    header: request.header,
    tool: { name: TOOL_NAME, version: context.toolVersion },
    catalog: catalog.source,
    catalogs: catalog.sources,
    asOf: request.asOf,
  };
  if (query.query === 'explain') {
    const explanation = explain(catalog, query.subject, request.asOf, query.build);
    await writeQueryOutput(renderExplanation(explanation, request.format, options), request.format, context);
    // `explain FIX --build B` is a question a script can ask: exit 1 when the build lacks the fix.
    return explanation.subject === 'fix' && explanation.build?.state === 'missing' ? 'fail' : 'pass';
  }
  const text =
    query.query === 'releases'
      ? renderReleases(listReleases(catalog, query.product, query.line, request.asOf), request.format, options)
      : renderDiff(diffReleases(catalog, query.from, query.to, request.asOf), request.format, options);
  await writeQueryOutput(text, request.format, context);
  return 'pass';
}
