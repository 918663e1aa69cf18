import { isBuildTable, parseBuildTable, type BuildTable } from './build-table.js';
import { parseCveRecord, type CveRecord } from './cve-record.js';
import { parseJson, type InputProblem } from './json-reader.js';
import { isKevCatalog, parseKevCatalog, type KevCatalog } from './kev-catalog.js';

/** Everything an import reads, sorted by kind. */
export interface ImportSources {
  readonly records: CveRecord[];
  readonly tables: BuildTable[];
  readonly kev: KevCatalog[];
  readonly problems: InputProblem[];
}

/** Tells each file's kind from its content (a CVE record, a KEV catalog, a build table) and parses it. */
export function parseImportSources(
  files: readonly ({ readonly file: string; readonly text: string } | { readonly file: string; readonly problem: string })[],
): ImportSources {
  const sources: ImportSources = { records: [], tables: [], kev: [], problems: [] };
  for (const input of files) {
    if ('problem' in input) {
      sources.problems.push({ file: input.file, at: '', message: input.problem });
      continue;
    }
    const { file, text } = input;
    if (isBuildTable(text)) {
      const { table, problems } = parseBuildTable(text, file);
      if (table !== null) sources.tables.push(table);
      sources.problems.push(...problems);
      continue;
    }
    const parsed = parseJson(text, file);
    if ('problem' in parsed) {
      sources.problems.push(/\.csv$/i.test(file) ? { file, at: 'line 1', message: 'no "Product Name" column: not a build table' } : parsed.problem);
      continue;
    }
    if (isKevCatalog(parsed.value)) {
      const { catalog, problems } = parseKevCatalog(parsed.value, file);
      if (catalog !== null) sources.kev.push(catalog);
      sources.problems.push(...problems);
    } else {
      const { record, problems } = parseCveRecord(parsed.value, file);
      if (record !== null) sources.records.push(record);
      sources.problems.push(...problems);
    }
  }
  return sources;
}
