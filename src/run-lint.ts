import { readCatalogSnapshot } from './catalog/load-catalog.js';
import { CatalogError, EXIT_CODES, type ExitCode, type SourceProblem } from './errors.js';
import { EMBEDDED_CATALOG_YAML_URL } from './package-paths.js';
import { JSON_SCHEMA_VERSION } from './render/json.js';
import type { ViewFormat } from './render/views/view-output.js';
import { viewTsv } from './render/views/view-output.js';
import { TOOL_NAME, toolVersion, type RunIO } from './run.js';

export interface LintFinding extends SourceProblem {
  readonly severity: 'error' | 'warning';
}

async function lintFile(file: string | URL, shownAs: string): Promise<LintFinding[]> {
  try {
    const { warnings } = await readCatalogSnapshot(file, shownAs);
    return warnings.map((warning) => ({ ...warning, severity: 'warning' }));
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    return error.problems.map((problem) => ({ ...problem, severity: 'error' }));
  }
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

export async function runLint(files: readonly string[], format: ViewFormat, header: boolean, io: RunIO): Promise<ExitCode> {
  const targets: [string | URL, string][] = files.length > 0 ? files.map((file) => [file, file]) : [[EMBEDDED_CATALOG_YAML_URL, 'catalog/exchange.yaml']];
  const findings = (await Promise.all(targets.map(([file, shownAs]) => lintFile(file, shownAs)))).flat();
  io.stdout.write(render(findings, format, header));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  io.stderr(`${TOOL_NAME}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'} in ${targets.length} ${targets.length === 1 ? 'catalog' : 'catalogs'}\n`);
  return errors > 0 ? EXIT_CODES.catalog : EXIT_CODES.current;
}
