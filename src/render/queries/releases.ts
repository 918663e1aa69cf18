import type { ReleaseRow } from '../../analyse/queries/list-releases.js';
import type { RenderOptions } from '../render-options.js';
import { textTable, queryJson, queryTsv, type QueryFormat } from './query-output.js';

const HEADER = ['product', 'line', 'name', 'build', 'date', 'kind', 'kb', 'state', 'availability'] as const;
const cells = (row: ReleaseRow): string[] => [row.product, row.line, row.name, row.build, row.date, row.kind, row.kb ?? '', row.state, row.availability];

export function renderReleases(rows: readonly ReleaseRow[], format: QueryFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return queryJson({ releases: rows }, options);
    case 'tsv':
      return queryTsv(HEADER, rows.map(cells), options);
    case 'text':
      return textTable([[...HEADER], ...rows.map(cells)]);
  }
}
