import type { LintFinding } from '../../catalog/layer-catalogs.js';
import { JSON_SCHEMA_VERSION } from '../json/report-json.js';
import type { ToolIdentity } from '../render-options.js';
import { renderTsvRows } from '../tsv/escape-tsv.js';
import type { QueryFormat } from './query-output.js';

/** `catalog lint` output: one finding per line as file:line:column: severity: message [rule], or JSON, or TSV. */
export function renderLint(findings: readonly LintFinding[], format: QueryFormat, options: { readonly header: boolean; readonly tool: ToolIdentity }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: options.tool, problems: findings }, null, 2)}\n`;
    case 'tsv':
      return renderTsvRows(
        ['file', 'line', 'column', 'severity', 'rule', 'message'],
        findings.map((finding) => [finding.file, String(finding.line), String(finding.column), finding.severity, finding.rule, finding.message]),
        options.header,
      );
    case 'text':
      return findings
        .map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.rule}]\n`)
        .join('');
  }
}
