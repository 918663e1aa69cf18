// Fix ids the catalog does not hold: the shapes that name one, and the nearest ids the catalog does know.
import type { Catalog } from '../../catalog/model.js';
import { NotInCatalogError } from '../../shared/errors.js';
import { editDistance } from '../../shared/nearest-names.js';

/** The kinds of id a fix or release goes by, with the numbers that order them: CVE-2024-21410, KB5121574, MS15-103, ADV190018. */
const ID_SHAPES: readonly { readonly family: string; readonly pattern: RegExp }[] = [
  { family: 'CVE', pattern: /^CVE-(\d{4})-(\d{4,7})$/i },
  { family: 'KB', pattern: /^KB(\d{5,8})$/i },
  { family: 'MS', pattern: /^MS(\d{2})-(\d{3})$/i },
  { family: 'ADV', pattern: /^ADV(\d{6,9})$/i },
];

const NEAREST = 3;

interface IdShape {
  readonly family: string;
  readonly numbers: readonly number[];
}

function shapeOf(id: string): IdShape | null {
  for (const { family, pattern } of ID_SHAPES) {
    const match = pattern.exec(id.trim());
    if (match) return { family, numbers: match.slice(1).map(Number) };
  }
  return null;
}

/** Whether `subject` is written as a fix id (a CVE, KB, security bulletin or advisory), known or not. */
export const isFixIdShaped = (subject: string): boolean => shapeOf(subject) !== null;

/** Every id the catalog knows a fix or release by: fix ids, the CVEs bulletins cover, release KBs. */
function knownIds(catalog: Catalog): string[] {
  const ids = new Set<string>();
  for (const fix of catalog.fixes.values()) for (const id of [fix.id, ...fix.cves]) ids.add(id.toUpperCase());
  for (const product of catalog.products) for (const release of product.releases) if (release.kb !== null) ids.add(release.kb.toUpperCase());
  return [...ids];
}

/** Orders by the first number that differs least: the same year before other years, then the closest number. */
function compareNearness(target: readonly number[], a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < target.length; index++) {
    const diff = Math.abs(a[index]! - target[index]!) - Math.abs(b[index]! - target[index]!);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Up to three known ids of the same kind: a typo's likely target first, then the numerically nearest. */
export function findNearestIds(catalog: Catalog, id: string): string[] {
  const shape = shapeOf(id);
  if (shape === null) return [];
  const sameFamily = knownIds(catalog).flatMap((known) => {
    const knownShape = shapeOf(known);
    return knownShape?.family === shape.family ? [{ id: known, numbers: knownShape.numbers }] : [];
  });
  const typos = sameFamily.filter((known) => editDistance(known.id, id, 2) <= 2).sort((a, b) => editDistance(a.id, id) - editDistance(b.id, id));
  const nearest = [...sameFamily].sort((a, b) => compareNearness(shape.numbers, a.numbers, b.numbers) || a.id.localeCompare(b.id));
  return [...new Set([...typos, ...nearest].map((known) => known.id))].slice(0, NEAREST);
}

/** The refusal for an id the catalog does not hold (exit code 4: well formed, but not something the catalog can answer). */
export function explainUnknownId(catalog: Catalog, id: string): NotInCatalogError {
  const nearest = findNearestIds(catalog, id);
  const known = nearest.length > 0 ? `; the nearest it knows: ${nearest.join(', ')}` : '';
  return new NotInCatalogError(
    `${id.trim().toUpperCase()} is not in the catalog (published ${catalog.source.published}): no fix or release goes by it${known}`,
  );
}
