import type { SourceProblem } from '../shared/source-problem.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { describePath, type SourcePosition } from '../parse/yaml/validate-yaml.js';
import type { CatalogDocument, FixDocument, LineDocument, ProductDocument, ReleaseDocument } from './document.js';
import { productsNoLaterCatalogNames } from './kept-products.js';
import { fixKey, releaseKey } from './model.js';

export interface CatalogPart {
  readonly document: CatalogDocument;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
}

export interface MergedCatalog {
  readonly document: CatalogDocument;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
  readonly conflicts: readonly SourceProblem[];
  /** The lines no catalog after the first mentions, of the products a later one extends: as the first catalog has them. */
  readonly firstCatalogLines: ReadonlySet<LineDocument>;
  /** The first catalog's products no later catalog names: the very objects it has. */
  readonly keptProducts: ReadonlySet<ProductDocument>;
}

interface Origin {
  readonly part: CatalogPart;
  readonly path: DocumentPath;
}

type MutableProduct = Omit<ProductDocument, 'lines'> & { lines: MutableLine[] };

/**
 * Where a product's releases are, by build and by name, so each release is matched in constant time.
 * The first catalog's releases are only listed (`pending`) and indexed when a later catalog names the
 * product: an overlay on the embedded catalog indexes the products it extends, not every one.
 */
interface ReleaseIndex {
  readonly byBuild: Map<string, ReleaseSlot>;
  readonly byName: Map<string, ReleaseSlot>;
  readonly pending: ReleaseSlot[];
}

function addToIndex(index: ReleaseIndex, slot: ReleaseSlot): void {
  if (!index.byBuild.has(slot.release.build)) index.byBuild.set(slot.release.build, slot);
  const name = releaseKey(slot.release.name);
  if (!index.byName.has(name)) index.byName.set(name, slot);
}

function settledIndex(index: ReleaseIndex): ReleaseIndex {
  for (const slot of index.pending) addToIndex(index, slot);
  index.pending.length = 0;
  return index;
}

interface ReleaseSlot {
  readonly release: MutableRelease;
  readonly origin: Origin;
  readonly line: MutableLine;
}
type MutableLine = Omit<LineDocument, 'releases' | 'supportEnd'> & { releases: MutableRelease[]; supportEnd?: string };
type MutableRelease = Omit<ReleaseDocument, 'fixes'> & { fixes?: readonly string[] };

const PRODUCT_FIELDS = ['name', 'builds', 'versionScheme', 'supportEnd', 'mainstreamEnd'] as const;
const RELEASE_FIELDS = ['date', 'kind', 'kb', 'url', 'replaces', 'includedIn', 'cumulative'] as const;

const keyOf = (path: DocumentPath): string => path.join('/');

/** Later catalogs extend earlier ones: new products, lines, releases and fixes are added; a contradiction is a conflict. */
export function mergeCatalogs(parts: readonly CatalogPart[]): MergedCatalog {
  // Where each merged entry comes from. The first catalog's entries keep their places in the merged
  // document (later entries are appended), so only entries that moved are recorded.
  const origins = new Map<string, Origin>();
  const record = (path: DocumentPath, origin: Origin): void => {
    const inPlace = origin.part === parts[0] && path.length === origin.path.length && path.every((step, index) => step === origin.path[index]);
    if (!inPlace) origins.set(keyOf(path), origin);
  };
  const originOf = (path: DocumentPath): Origin => origins.get(keyOf(path)) ?? { part: parts[0]!, path };
  const conflicts: SourceProblem[] = [];
  const products: MutableProduct[] = [];
  const indexes = new Map<MutableProduct, ReleaseIndex>();
  const fixes: FixDocument[] = [];
  const fixSlots = new Map<string, number>();
  const at = (origin: Origin): SourcePosition => origin.part.positionOf(origin.path);
  const conflict = (origin: Origin, message: string, other: Origin): void => {
    const there = at(other);
    const here = at(origin);
    conflicts.push({ file: here.file, line: here.line, column: here.column, message: `${describePath(here.path)}: ${message} (${there.file}:${there.line})`, rule: 'overlay-conflict' });
  };

  const touchedLines = new Set<MutableLine>();
  const kept = productsNoLaterCatalogNames(parts.map((part) => part.document));
  for (const part of parts) {
    part.document.products.forEach((product, productIndex) => {
      const productOrigin = { part, path: ['products', productIndex] };
      if (part === parts[0] && kept.has(product)) {
        record(['products', products.length], productOrigin);
        return void products.push(product as unknown as MutableProduct);
      }
      let merged = products.find((candidate) => candidate.id === product.id);
      if (!merged) {
        merged = { ...product, lines: [] };
        record(['products', products.length], productOrigin);
        products.push(merged);
        indexes.set(merged, { byBuild: new Map(), byName: new Map(), pending: [] });
      } else {
        const differs = adoptOrDiffer(merged, product, PRODUCT_FIELDS);
        if (differs.length > 0) conflict(productOrigin, `product ${product.id} is defined with another ${differs.join(', ')} than before`, originOf(['products', products.indexOf(merged)]));
      }
      const mergedIndex = products.indexOf(merged);
      product.lines.forEach((line, lineIndex) => {
        const lineOrigin = { part, path: [...productOrigin.path, 'lines', lineIndex] };
        let target = merged.lines.find((candidate) => candidate.name === line.name);
        if (!target) {
          target = { ...line, releases: [] };
          record(['products', mergedIndex, 'lines', merged.lines.length], lineOrigin);
          merged.lines.push(target);
        } else if (line.supportEnd !== undefined && target.supportEnd !== line.supportEnd) {
          if (target.supportEnd === undefined) target.supportEnd = line.supportEnd;
          else conflict({ ...lineOrigin, path: [...lineOrigin.path, 'supportEnd'] }, `line ${line.name} ends support on ${line.supportEnd} here but ${target.supportEnd} in an earlier catalog`, originOf(['products', mergedIndex, 'lines', merged.lines.indexOf(target)]));
        }
        if (part !== parts[0]) touchedLines.add(target);
        const targetIndex = merged.lines.indexOf(target);
        line.releases.forEach((release, releaseIndex) => {
          const releaseOrigin = { part, path: [...lineOrigin.path, 'releases', releaseIndex] };
          const index = indexes.get(merged)!;
          // Within the first catalog nothing clashes with an earlier one (duplicates are rules' business).
          const clash = part === parts[0] ? null : findClash(settledIndex(index), release, part);
          if (clash?.same) {
            if (part !== parts[0]) touchedLines.add(clash.line);
            clash.release.fixes = [...new Set([...(clash.release.fixes ?? []), ...(release.fixes ?? [])])];
            const differs = adoptOrDiffer(clash.release, release, RELEASE_FIELDS);
            if (differs.length > 0) conflict(releaseOrigin, `"${release.name}" has another ${differs.join(', ')} than in an earlier catalog`, clash.origin);
            return;
          }
          if (clash) return conflict(releaseOrigin, clash.message, clash.origin);
          record(['products', mergedIndex, 'lines', targetIndex, 'releases', target.releases.length], releaseOrigin);
          const added = { ...release };
          target.releases.push(added);
          const slot = { release: added, origin: releaseOrigin, line: target };
          if (part === parts[0]) index.pending.push(slot);
          else addToIndex(index, slot);
        });
      });
    });
    (part.document.fixes ?? []).forEach((fix, fixIndex) => {
      const fixOrigin = { part, path: ['fixes', fixIndex] };
      const existing = fixSlots.get(fixKey(fix.id)) ?? -1;
      if (existing < 0) {
        record(['fixes', fixes.length], fixOrigin);
        fixSlots.set(fixKey(fix.id), fixes.length);
        fixes.push(fix);
      } else if (JSON.stringify(fixes[existing]) !== JSON.stringify(fix)) {
        conflict(fixOrigin, `fix ${fix.id} is defined differently than before`, originOf(['fixes', existing]));
      }
    });
  }

  const newest = parts.reduce((best, part) => (part.document.published > best.document.published ? part : best));
  const positionOf = (path: DocumentPath): SourcePosition => {
    if (path[0] === 'published') return newest.positionOf(['published']);
    for (let length = path.length; length > 0; length--) {
      const origin = origins.get(keyOf(path.slice(0, length)));
      if (origin) return origin.part.positionOf([...origin.path, ...path.slice(length)]);
    }
    return parts[0]!.positionOf(path);
  };
  const firstCatalogLines = new Set<LineDocument>(products.flatMap((product) => (kept.has(product) ? [] : product.lines.filter((line) => !touchedLines.has(line)))));
  return { document: { schemaVersion: 1, published: newest.document.published, products, fixes }, positionOf, conflicts, firstCatalogLines, keptProducts: kept };
}

/** Takes over fields the earlier definition leaves out; returns the ones both define differently. */
function adoptOrDiffer<T extends object>(earlier: T, later: T, fields: readonly (keyof T)[]): (keyof T)[] {
  return fields.filter((field) => {
    if (later[field] === undefined) return false;
    if (earlier[field] === undefined) {
      (earlier as Record<keyof T, unknown>)[field] = later[field];
      return false;
    }
    return JSON.stringify(earlier[field]) !== JSON.stringify(later[field]);
  });
}

/** An earlier catalog's release with the same build or name: the same release re-listed, or a contradiction. */
function findClash(index: ReleaseIndex, release: ReleaseDocument, part: CatalogPart): { same: boolean; message: string; origin: Origin; release: MutableRelease; line: MutableLine } | null {
  const candidates = [index.byBuild.get(release.build), index.byName.get(releaseKey(release.name))];
  for (const slot of candidates) {
    if (slot === undefined || slot.origin.part === part) continue;
    const other = slot.release;
    const sameBuild = other.build === release.build;
    const sameName = releaseKey(other.name) === releaseKey(release.name);
    if (sameBuild && sameName) return { same: true, message: '', origin: slot.origin, release: other, line: slot.line };
    const message = sameBuild
      ? `build ${release.build} is "${release.name}" here but "${other.name}" in an earlier catalog`
      : `"${release.name}" is build ${release.build} here but ${other.build} in an earlier catalog`;
    return { same: false, message, origin: slot.origin, release: other, line: slot.line };
  }
  return null;
}
