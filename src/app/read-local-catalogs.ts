import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { reviveSnapshot } from '../catalog/snapshot-text.js';
import { layerCatalogs, type CatalogText, type LayeredCatalogs } from '../catalog/layer-catalogs.js';
import type { CatalogSource } from '../catalog/model.js';
import { sha256Digest } from '../input/digest.js';
import { PACKAGE_FILES, readPackageFile } from '../input/package-files.js';
import { DEFAULT_MAX_INPUT_BYTES, describeReadError, readTextFile } from '../input/text-files.js';
import { validateCatalogText } from '../catalog/validate-catalog.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import type { SchemaValidator, SourcePosition } from '../parse/yaml/validate-yaml.js';
import { loadCatalogValidator } from '../input/catalog-validator.js';
import { CatalogError } from '../shared/errors.js';
import { EMBEDDED_CATALOG, type CatalogLocation } from './catalog-location.js';

function readCatalogText(location: CatalogLocation, maxBytes: number): CatalogText {
  const { shownAs } = location;
  try {
    const text = 'packageFile' in location ? readPackageFile(location.packageFile) : (location.text ?? readTextFile(location.path, maxBytes));
    return { file: shownAs, text, digest: sha256Digest(text) };
  } catch (error) {
    return { file: shownAs, problem: { file: shownAs, line: 1, column: 1, message: `cannot read catalog: ${describeReadError(error)}`, rule: 'read' } };
  }
}

export const readCatalogSchema = (): object => JSON.parse(readPackageFile(PACKAGE_FILES.catalogSchema)) as object;

/** The validator the build compiled from the schema (compiling it costs more than a check), else the schema compiled now. */
export async function catalogValidator(): Promise<SchemaValidator> {
  const precompiled = loadCatalogValidator() as SchemaValidator | null;
  return precompiled ?? (await import('./compile-schema.js')).compileSchema(readCatalogSchema());
}

/**
 * The embedded catalog as its build-time snapshot: validated when the package was built, so an
 * overlay is layered on it without parsing its YAML again. The YAML is read for positions only
 * when a problem needs one.
 */
function embeddedSnapshotText(validator: SchemaValidator): CatalogText | null {
  let snapshot: CatalogSnapshot;
  try {
    snapshot = reviveSnapshot(readPackageFile(PACKAGE_FILES.embeddedDocument));
  } catch {
    return null; // not built (tests of the sources): the YAML is read instead
  }
  let positions: ((path: DocumentPath) => SourcePosition) | undefined;
  const positionOf = (path: DocumentPath): SourcePosition => {
    positions ??= validateCatalogText(readPackageFile(PACKAGE_FILES.embeddedCatalog), EMBEDDED_CATALOG.shownAs, validator).positionOf;
    return positions(path);
  };
  return { file: EMBEDDED_CATALOG.shownAs, validated: snapshot.document, source: snapshot.source, positionOf };
}

export interface InspectOptions {
  /** Run the warning rules (lint); a check needs only the errors. */
  readonly warnings: boolean;
  /** The largest catalog file read (`ROLLUP_CHECK_MAX_INPUT_MB`). */
  readonly maxBytes?: number;
}

/** Reads, validates and layers local catalog files, listing every problem; the embedded catalog under an overlay comes from its snapshot. */
export async function inspectCatalogs(locations: readonly CatalogLocation[], options: InspectOptions = { warnings: true }): Promise<LayeredCatalogs> {
  const validator = await catalogValidator();
  const texts = locations.map(
    (location) =>
      (location === EMBEDDED_CATALOG && locations.length > 1 ? embeddedSnapshotText(validator) : null) ??
      readCatalogText(location, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES),
  );
  return layerCatalogs(texts, validator, options);
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
export async function snapshotOf(
  locations: readonly CatalogLocation[],
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): Promise<{ readonly snapshot: CatalogSnapshot; readonly sources: readonly CatalogSource[] }> {
  const { document, sources, errors } = await inspectCatalogs(locations, { warnings: false, maxBytes });
  if (document === null) throw new CatalogError(errors);
  return { snapshot: { source: combinedSource(sources), document }, sources };
}
