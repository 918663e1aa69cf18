import type { CatalogLocation } from '../input/embedded-catalog.js';
import { inspectCatalogs } from './read-catalogs.js';
import { EXIT_CODES, compareSourcePositions, type ExitCode, type SourceProblem } from '../shared/errors.js';
import { JSON_SCHEMA_VERSION } from '../render/json.js';
import type { ViewFormat } from '../render/queries/query-output.js';
import { viewTsv } from '../render/queries/query-output.js';
import { defaultAsOf } from '../gate/catalog-age.js';
import { TOOL_NAME, resolveCatalogs, toolVersion, type CatalogChoice, type RunIO } from './check.js';

export interface LintFinding extends SourceProblem {
  readonly severity: 'error' | 'warning';
}

async function lintCatalogs(locations: readonly CatalogLocation[]): Promise<LintFinding[]> {
  const { errors, warnings } = await inspectCatalogs(locations);
  const findings: LintFinding[] = [...errors.map((error) => ({ ...error, severity: 'error' as const })), ...warnings.map((warning) => ({ ...warning, severity: 'warning' as const }))];
  return findings.sort(compareSourcePositions);
}

function render(findings: readonly LintFinding[], format: ViewFormat, header: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: { name: TOOL_NAME, version: toolVersion() }, problems: findings }, null, 2)}\n`;
    case 'tsv':
      return viewTsv(
        ['file', 'line', 'column', 'severity', 'rule', 'message'],
        findings.map((finding) => [finding.file, String(finding.line), String(finding.column), finding.severity, finding.rule, finding.message]),
        { header } as Parameters<typeof viewTsv>[2],
      );
    case 'text':
      return findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.rule}]\n`).join('');
  }
}

export async function runLint(choice: CatalogChoice, format: ViewFormat, header: boolean, io: RunIO): Promise<ExitCode> {
  const targets = await resolveCatalogs(choice, io, defaultAsOf(io.env, new Date()));
  const findings = await lintCatalogs(targets);
  io.stdout.write(render(findings, format, header));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  io.stderr(`${TOOL_NAME}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'} in ${targets.length} ${targets.length === 1 ? 'catalog' : 'catalogs'}\n`);
  return errors > 0 ? EXIT_CODES.catalog : EXIT_CODES.current;
}
