import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { layerCatalogs, type CatalogText, type LayeredCatalogs } from '../catalog/layer-catalogs.js';
import type { CatalogSource } from '../catalog/model.js';
import { sha256Digest } from '../input/digest.js';
import { CATALOG_SCHEMA_URL } from '../input/package-paths.js';
import { DEFAULT_MAX_INPUT_BYTES, describeReadError, readJsonFile, readTextFile } from '../input/text-files.js';
import { CatalogError } from '../shared/errors.js';
import type { CatalogLocation } from './catalog-location.js';

function readCatalogText({ path, shownAs, text: given }: CatalogLocation, maxBytes: number): CatalogText {
  try {
    const text = given ?? readTextFile(path, maxBytes);
    return { file: shownAs, text, digest: sha256Digest(text) };
  } catch (error) {
    return { file: shownAs, problem: { file: shownAs, line: 1, column: 1, message: `cannot read catalog: ${describeReadError(error)}`, rule: 'read' } };
  }
}

export const readCatalogSchema = (): object => readJsonFile(CATALOG_SCHEMA_URL) as object;

/** Reads, validates and layers local catalog files, listing every problem. */
export function inspectCatalogs(locations: readonly CatalogLocation[], maxBytes = DEFAULT_MAX_INPUT_BYTES): LayeredCatalogs {
  return layerCatalogs(
    locations.map((location) => readCatalogText(location, maxBytes)),
    readCatalogSchema(),
  );
}

function combinedSource(sources: readonly CatalogSource[]): CatalogSource {
  if (sources.length === 1) return sources[0]!;
  return {
    file: sources.map((source) => source.file).join(' + '),
    published: sources.reduce((newest, source) => (source.published > newest ? source.published : newest), sources[0]!.published),
    factsComplete: sources.reduce<string | null>(
      (earliest, { factsComplete }) => (factsComplete !== null && (earliest === null || factsComplete < earliest) ? factsComplete : earliest),
      null,
    ),
    digest: sha256Digest(sources.map((source) => source.digest).join('\n')),
  };
}

/** The validated, layered document of local catalogs; throws a CatalogError listing every problem. */
export function snapshotOf(
  locations: readonly CatalogLocation[],
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): { readonly snapshot: CatalogSnapshot; readonly sources: readonly CatalogSource[] } {
  const { document, sources, errors } = inspectCatalogs(locations, maxBytes);
  if (document === null) throw new CatalogError(errors);
  return { snapshot: { source: combinedSource(sources), document }, sources };
}
