import { JSON_SCHEMA_VERSION } from '../json.js';
import type { RenderOptions } from '../render-options.js';
import { escapeTsvField } from '../tsv.js';

export const VIEW_FORMATS = ['text', 'json', 'tsv'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

export function viewJson(data: object, options: RenderOptions & { readonly asOf: string }): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: options.tool, catalog: options.catalog, asOf: options.asOf, ...data }, null, 2)}\n`;
}

export function viewTsv(header: readonly string[], rows: readonly (readonly string[])[], options: RenderOptions): string {
  const lines = options.header ? [header, ...rows] : rows;
  return lines.map((row) => `${row.map(escapeTsvField).join('\t')}\n`).join('');
}

export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)), []);
  return rows.map((row) => `${row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  ')}\n`).join('');
}
