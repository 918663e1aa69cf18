import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CatalogError, type SourceProblem } from '../shared/errors.js';
import { CATALOG_SCHEMA_URL } from '../input/package-paths.js';
import type { CatalogLocation, CatalogSnapshot, LoadedCatalog } from '../input/embedded-catalog.js';
import { mergeCatalogs, type CatalogPart } from '../catalog/merge-catalogs.js';
import { buildCatalogModel, type CatalogSource } from '../catalog/model.js';
import { checkCatalogRules, validateCatalogText } from '../catalog/validate-catalog.js';

const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

export const readCatalogSchema = (): object => JSON.parse(readFileSync(CATALOG_SCHEMA_URL, 'utf8')) as object;

function readText({ path, shownAs }: CatalogLocation): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CatalogError([{ file: shownAs, line: 1, column: 1, message: `cannot read catalog: ${reason}`, rule: 'read' }]);
  }
}

function combinedSource(sources: readonly CatalogSource[]): CatalogSource {
  if (sources.length === 1) return sources[0]!;
  return {
    file: sources.map((source) => source.file).join(' + '),
    published: sources.reduce((newest, source) => (source.published > newest ? source.published : newest), sources[0]!.published),
    digest: digestOf(sources.map((source) => source.digest).join('\n')),
  };
}

export interface CatalogInspection {
  readonly snapshot: CatalogSnapshot | null;
  readonly sources: readonly CatalogSource[];
  readonly errors: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
}

/** Reads, validates and layers catalogs (each later one extends the earlier ones), and lists every problem. */
export async function inspectCatalogs(locations: readonly CatalogLocation[]): Promise<CatalogInspection> {
  const schema = readCatalogSchema();
  const errors: SourceProblem[] = [];
  const parts: CatalogPart[] = [];
  const sources: CatalogSource[] = [];
  for (const location of locations) {
    let text: string;
    try {
      text = readText(location);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      errors.push(...error.problems);
      continue;
    }
    const validation = validateCatalogText(text, location.shownAs, schema);
    errors.push(...validation.errors);
    if (validation.data === null) continue;
    parts.push({ document: validation.data, positionOf: validation.positionOf });
    sources.push({ file: location.shownAs, published: validation.data.published, digest: digestOf(text) });
  }
  if (errors.length > 0 || parts.length === 0) return { snapshot: null, sources, errors, warnings: [] };
  const merged = parts.length === 1 ? { document: parts[0]!.document, positionOf: parts[0]!.positionOf, conflicts: [] } : mergeCatalogs(parts);
  const rules = checkCatalogRules(merged.document, merged.positionOf);
  const failed = merged.conflicts.length > 0 || rules.errors.length > 0;
  return {
    snapshot: failed ? null : { source: combinedSource(sources), document: merged.document },
    sources,
    errors: [...merged.conflicts, ...rules.errors],
    warnings: rules.warnings,
  };
}

/** Like inspectCatalogs, but throws a CatalogError listing every error. */
export async function readCatalogs(locations: readonly CatalogLocation[]): Promise<{ snapshot: CatalogSnapshot; sources: readonly CatalogSource[]; warnings: readonly SourceProblem[] }> {
  const { snapshot, sources, errors, warnings } = await inspectCatalogs(locations);
  if (snapshot === null) throw new CatalogError(errors);
  return { snapshot, sources, warnings };
}

export async function loadCatalogs(locations: readonly CatalogLocation[]): Promise<LoadedCatalog> {
  const { snapshot, sources, warnings } = await readCatalogs(locations);
  return { catalog: buildCatalogModel(snapshot.document, snapshot.source, sources), warnings };
}

export async function loadCatalogFile(path: string): Promise<LoadedCatalog> {
  return loadCatalogs([{ path, shownAs: path }]);
}
