import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { layerCatalogs, type CatalogText, type LayeredCatalogs } from '../catalog/layer-catalogs.js';
import type { CatalogSource } from '../catalog/model.js';
import { sha256Digest } from '../input/digest.js';
import { PACKAGE_FILES, readPackageFile } from '../input/package-files.js';
import { describeReadError, readTextFile } from '../input/text-files.js';
import { CatalogError } from '../shared/errors.js';
import type { CatalogLocation } from './catalog-location.js';

function readCatalogText(location: CatalogLocation): CatalogText {
  const { shownAs } = location;
  try {
    const text = 'packageFile' in location ? readPackageFile(location.packageFile) : readTextFile(location.path);
    return { file: shownAs, text, digest: sha256Digest(text) };
  } catch (error) {
    return { file: shownAs, problem: { file: shownAs, line: 1, column: 1, message: `cannot read catalog: ${describeReadError(error)}`, rule: 'read' } };
  }
}

export const readCatalogSchema = (): object => JSON.parse(readPackageFile(PACKAGE_FILES.catalogSchema)) as object;

/** Reads, validates and layers local catalog files, listing every problem. */
export function inspectCatalogs(locations: readonly CatalogLocation[]): LayeredCatalogs {
  return layerCatalogs(locations.map(readCatalogText), readCatalogSchema());
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
export function snapshotOf(locations: readonly CatalogLocation[]): { readonly snapshot: CatalogSnapshot; readonly sources: readonly CatalogSource[] } {
  const { document, sources, errors } = inspectCatalogs(locations);
  if (document === null) throw new CatalogError(errors);
  return { snapshot: { source: combinedSource(sources), document }, sources };
}
