import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CatalogError, type SourceProblem } from '../errors.js';
import { CATALOG_SCHEMA_URL, EMBEDDED_CATALOG_SNAPSHOT_URL } from '../package-paths.js';
import type { CatalogDocument } from './document.js';
import { buildCatalogModel, type Catalog, type CatalogSource } from './model.js';

export const EMBEDDED_CATALOG_NAME = 'embedded:exchange.yaml';

export interface LoadedCatalog {
  readonly catalog: Catalog;
  readonly warnings: readonly SourceProblem[];
}

export interface CatalogSnapshot {
  readonly source: CatalogSource;
  readonly document: CatalogDocument;
}

function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

function readText(path: string | URL, shownAs: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CatalogError([{ file: shownAs, line: 1, column: 1, message: `cannot read catalog: ${reason}`, rule: 'read' }]);
  }
}

export async function readCatalogSnapshot(path: string | URL, shownAs: string): Promise<{ snapshot: CatalogSnapshot; warnings: readonly SourceProblem[] }> {
  const text = readText(path, shownAs);
  const { validateCatalogText } = await import('../on-demand.js');
  const schema = JSON.parse(readFileSync(CATALOG_SCHEMA_URL, 'utf8')) as object;
  const validation = validateCatalogText(text, shownAs, schema);
  if (validation.errors.length > 0 || validation.data === null) throw new CatalogError(validation.errors);
  return {
    snapshot: { source: { file: shownAs, published: validation.data.published, digest: digestOf(text) }, document: validation.data },
    warnings: validation.warnings,
  };
}

export async function loadCatalogFile(path: string): Promise<LoadedCatalog> {
  const { snapshot, warnings } = await readCatalogSnapshot(path, path);
  return { catalog: buildCatalogModel(snapshot.document, snapshot.source), warnings };
}

export function loadEmbeddedCatalog(): LoadedCatalog {
  const snapshot = JSON.parse(readFileSync(EMBEDDED_CATALOG_SNAPSHOT_URL, 'utf8')) as CatalogSnapshot;
  return { catalog: buildCatalogModel(snapshot.document, snapshot.source), warnings: [] };
}
