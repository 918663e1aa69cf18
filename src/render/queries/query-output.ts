import { envelopeJson } from '../json/report-json.js';
import type { RenderOptions } from '../render-options.js';
import { renderTsvRows } from '../tsv/escape-tsv.js';

/** The formats of the catalog commands (releases, explain, diff, catalog lint). */
export const QUERY_FORMATS = ['text', 'json', 'tsv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function queryJson(data: object, options: RenderOptions): string {
  return `${JSON.stringify({ ...envelopeJson(options), ...data }, null, 2)}\n`;
}

export function queryTsv(header: readonly string[], rows: readonly (readonly string[])[], options: RenderOptions): string {
  return renderTsvRows(header, rows, options.header);
}

/** Columns padded to their widest cell, two spaces apart. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)), []);
  return rows.map((row) => `${row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  ')}\n`).join('');
}
