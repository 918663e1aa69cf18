import type { CheckedReport } from '../gate/checked-report.js';
import type { RenderOptions } from './render-options.js';

export const JSON_SCHEMA_VERSION = 1;

export function buildJsonReport({ report, gate }: CheckedReport, options: RenderOptions): object {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: options.tool,
    catalog: options.catalog,
    catalogs: options.catalogs,
    ...report,
    exposed: gate.shown,
    suppressedCount: gate.suppressedCount,
    gate: { passed: gate.exitCode === 0, exitCode: gate.exitCode, reasons: gate.reasons },
  };
}

export function renderJson(checked: CheckedReport, options: RenderOptions): string {
  return `${JSON.stringify(buildJsonReport(checked, options), null, 2)}\n`;
}
