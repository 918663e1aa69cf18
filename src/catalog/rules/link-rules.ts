import { fixKey, releaseKey } from '../model.js';
import type { DocumentFinding } from '../../parse/yaml/document-finding.js';
import { forEachChangedLine, isKeptProduct, type CatalogRule } from './rule-helpers.js';

export const successorResolves: CatalogRule = (catalog) =>
  catalog.products.flatMap((product, index): DocumentFinding[] => {
    const successor = product.successor;
    // A kept product's successor was checked with the catalog that defines both; layering removes no product.
    if (!successor || isKeptProduct(catalog, product)) return [];
    const path = ['products', index, 'successor'];
    const target = catalog.products.find((other) => other.id === successor.product);
    if (!target || target === product) return [{ path: [...path, 'product'], message: `successor ${successor.product} of ${product.id} is not another product of the catalog` }];
    const lines = new Set(product.lines.map((line) => line.name));
    return (successor.fromLines ?? []).flatMap((line, lineIndex) =>
      lines.has(line) ? [] : [{ path: [...path, 'fromLines', lineIndex], message: `${product.id} has no line ${line} to upgrade from` }],
    );
  });

export const inheritsResolves: CatalogRule = (catalog) => {
  let names: Set<string> | undefined;
  const known = (name: string): boolean => {
    names ??= new Set(catalog.products.flatMap((product) => product.lines.flatMap((line) => line.releases.map((release) => releaseKey(release.name)))));
    return names.has(releaseKey(name));
  };
  return forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, path }) =>
      release.inherits === undefined || known(release.inherits) ? [] : [{ path: [...path, 'inherits'], message: `"${release.name}" inherits from "${release.inherits}", which is not a release of the catalog` }],
    ),
  );
};

/** A fix a release may carry must be one a later release of its line ships for certain. */
export const uncertainFixesShippedLater: CatalogRule = (catalog) =>
  forEachChangedLine(catalog, (releases) =>
    releases.flatMap(({ release, path }) =>
      (release.uncertainFixes ?? []).flatMap((id, index) =>
        releases.some((other) => other.release.date > release.date && (other.release.fixes ?? []).some((fix) => fixKey(fix) === fixKey(id)))
          ? []
          : [{ path: [...path, 'uncertainFixes', index], message: `fix ${id} that "${release.name}" may carry is not shipped by a later release of its line` }],
      ),
    ),
  );
