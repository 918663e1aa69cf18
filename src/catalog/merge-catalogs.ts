import type { SourceProblem } from '../shared/source-problem.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { describePath, type SourcePosition } from '../parse/yaml/validate-yaml.js';
import type { CatalogDocument, FixDocument, LineDocument, ProductDocument, ReleaseDocument } from './document.js';
import { fixKey, releaseKey } from './model.js';

export interface CatalogPart {
  readonly document: CatalogDocument;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
}

export interface MergedCatalog {
  readonly document: CatalogDocument;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
  readonly conflicts: readonly SourceProblem[];
}

interface Origin {
  readonly part: CatalogPart;
  readonly path: DocumentPath;
}

type MutableProduct = Omit<ProductDocument, 'lines'> & { lines: MutableLine[] };
type MutableLine = Omit<LineDocument, 'releases' | 'supportEnd'> & { releases: MutableRelease[]; supportEnd?: string };
type MutableRelease = Omit<ReleaseDocument, 'fixes'> & { fixes?: readonly string[] };

const PRODUCT_FIELDS = ['name', 'builds', 'versionScheme', 'supportEnd', 'mainstreamEnd'] as const;
const RELEASE_FIELDS = ['date', 'kind', 'kb', 'url', 'replaces', 'includedIn', 'cumulative'] as const;

const keyOf = (path: DocumentPath): string => path.join('/');

/** Later catalogs extend earlier ones: new products, lines, releases and fixes are added; a contradiction is a conflict. */
export function mergeCatalogs(parts: readonly CatalogPart[]): MergedCatalog {
  const origins = new Map<string, Origin>();
  const conflicts: SourceProblem[] = [];
  const products: MutableProduct[] = [];
  const fixes: FixDocument[] = [];
  const at = (origin: Origin): SourcePosition => origin.part.positionOf(origin.path);
  const conflict = (origin: Origin, message: string, other: Origin): void => {
    const there = at(other);
    const here = at(origin);
    conflicts.push({ file: here.file, line: here.line, column: here.column, message: `${describePath(here.path)}: ${message} (${there.file}:${there.line})`, rule: 'overlay-conflict' });
  };

  for (const part of parts) {
    part.document.products.forEach((product, productIndex) => {
      const productOrigin = { part, path: ['products', productIndex] };
      let merged = products.find((candidate) => candidate.id === product.id);
      if (!merged) {
        merged = { ...product, lines: [] };
        origins.set(keyOf(['products', products.length]), productOrigin);
        products.push(merged);
      } else {
        const differs = adoptOrDiffer(merged, product, PRODUCT_FIELDS);
        if (differs.length > 0) conflict(productOrigin, `product ${product.id} is defined with another ${differs.join(', ')} than before`, origins.get(keyOf(['products', products.indexOf(merged)]))!);
      }
      const mergedIndex = products.indexOf(merged);
      product.lines.forEach((line, lineIndex) => {
        const lineOrigin = { part, path: [...productOrigin.path, 'lines', lineIndex] };
        let target = merged.lines.find((candidate) => candidate.name === line.name);
        if (!target) {
          target = { ...line, releases: [] };
          origins.set(keyOf(['products', mergedIndex, 'lines', merged.lines.length]), lineOrigin);
          merged.lines.push(target);
        } else if (line.supportEnd !== undefined && target.supportEnd !== line.supportEnd) {
          if (target.supportEnd === undefined) target.supportEnd = line.supportEnd;
          else conflict({ ...lineOrigin, path: [...lineOrigin.path, 'supportEnd'] }, `line ${line.name} ends support on ${line.supportEnd} here but ${target.supportEnd} in an earlier catalog`, origins.get(keyOf(['products', mergedIndex, 'lines', merged.lines.indexOf(target)]))!);
        }
        const targetIndex = merged.lines.indexOf(target);
        line.releases.forEach((release, releaseIndex) => {
          const releaseOrigin = { part, path: [...lineOrigin.path, 'releases', releaseIndex] };
          const clash = findClash(merged, release, mergedIndex, origins, part);
          if (clash?.same) {
            clash.release.fixes = [...new Set([...(clash.release.fixes ?? []), ...(release.fixes ?? [])])];
            const differs = adoptOrDiffer(clash.release, release, RELEASE_FIELDS);
            if (differs.length > 0) conflict(releaseOrigin, `"${release.name}" has another ${differs.join(', ')} than in an earlier catalog`, clash.origin);
            return;
          }
          if (clash) return conflict(releaseOrigin, clash.message, clash.origin);
          origins.set(keyOf(['products', mergedIndex, 'lines', targetIndex, 'releases', target.releases.length]), releaseOrigin);
          target.releases.push({ ...release });
        });
      });
    });
    (part.document.fixes ?? []).forEach((fix, fixIndex) => {
      const fixOrigin = { part, path: ['fixes', fixIndex] };
      const existing = fixes.findIndex((candidate) => fixKey(candidate.id) === fixKey(fix.id));
      if (existing < 0) {
        origins.set(keyOf(['fixes', fixes.length]), fixOrigin);
        fixes.push(fix);
      } else if (JSON.stringify(fixes[existing]) !== JSON.stringify(fix)) {
        conflict(fixOrigin, `fix ${fix.id} is defined differently than before`, origins.get(keyOf(['fixes', existing]))!);
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
  return { document: { schemaVersion: 1, published: newest.document.published, products, fixes }, positionOf, conflicts };
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

function findClash(
  product: MutableProduct,
  release: ReleaseDocument,
  productIndex: number,
  origins: ReadonlyMap<string, Origin>,
  part: CatalogPart,
): { same: boolean; message: string; origin: Origin; release: MutableRelease } | null {
  for (const [lineIndex, line] of product.lines.entries()) {
    for (const [releaseIndex, other] of line.releases.entries()) {
      const sameBuild = other.build === release.build;
      const sameName = releaseKey(other.name) === releaseKey(release.name);
      if (!sameBuild && !sameName) continue;
      const origin = origins.get(keyOf(['products', productIndex, 'lines', lineIndex, 'releases', releaseIndex]))!;
      if (origin.part === part) continue;
      if (sameBuild && sameName) return { same: true, message: '', origin, release: other };
      const message = sameBuild
        ? `build ${release.build} is "${release.name}" here but "${other.name}" in an earlier catalog`
        : `"${release.name}" is build ${release.build} here but ${other.build} in an earlier catalog`;
      return { same: false, message, origin, release: other };
    }
  }
  return null;
}
