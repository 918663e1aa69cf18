import type { DocumentFinding } from '../../parse/yaml/document-finding.js';
import { compilePattern } from '../import/naming.js';
import type { CatalogRule } from './rule-helpers.js';

const patternFinding = (pattern: string, path: readonly (string | number)[]): DocumentFinding[] => {
  const problem = compilePattern(pattern);
  return typeof problem === 'string' ? [{ path, message: `is not a regular expression: ${problem}` }] : [];
};

/** Every naming pattern (the catalog's naming section, each product's lineNames) is a regular expression. */
export const namingPatternsCompile: CatalogRule = (catalog) => [
  ...(catalog.naming?.lines ?? []).flatMap((rule, index) => patternFinding(rule.pattern, ['naming', 'lines', index, 'pattern'])),
  ...(catalog.naming?.releaseKinds ?? []).flatMap((rule, index) => patternFinding(rule.pattern, ['naming', 'releaseKinds', index, 'pattern'])),
  ...(catalog.naming?.reRelease === undefined ? [] : patternFinding(catalog.naming.reRelease, ['naming', 'reRelease'])),
  ...catalog.products.flatMap((product, productIndex) =>
    (product.lineNames ?? []).flatMap((rule, index) => patternFinding(rule.pattern, ['products', productIndex, 'lineNames', index, 'pattern'])),
  ),
];

/** A summary `catalog import` copied from a record's title waits for a maintainer's wording. */
export const summaryReworded: CatalogRule = (catalog) =>
  (catalog.fixes ?? []).flatMap((fix, index) =>
    fix.summaryImported === true ? [{ path: ['fixes', index, 'summary'], message: `the summary of ${fix.id} is the record's title as imported: reword it and remove summaryImported` }] : [],
  );
