import type { Report } from '../core/report.js';
import type { RenderOptions } from './render-options.js';

export const JSON_SCHEMA_VERSION = 1;

export function buildJsonReport(report: Report, options: RenderOptions): object {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: options.tool,
    catalog: options.catalog,
    ...report,
  };
}

export function renderJson(report: Report, options: RenderOptions): string {
  return `${JSON.stringify(buildJsonReport(report, options), null, 2)}\n`;
}
