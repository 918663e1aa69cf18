import { applyRules, type SchemaValidator, type SourcePosition } from '../parse/yaml/validate-yaml.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { compareSourcePositions, type SourceProblem } from '../shared/source-problem.js';
import type { CatalogDocument } from './document.js';
import { mergeCatalogs, type CatalogPart } from './merge-catalogs.js';
import type { CatalogSource } from './model.js';
import { productsComplete } from './rules/product-complete.js';
import { markSettledLines } from './rules/rule-helpers.js';
import { checkCatalogRules, validateCatalogText } from './validate-catalog.js';

/**
 * A catalog's text as read, or why it could not be read, or a document validated before (the
 * embedded catalog's build-time snapshot), whose positions are looked up only when a problem needs one.
 */
export type CatalogText =
  | { readonly file: string; readonly text: string; readonly digest: string }
  | { readonly file: string; readonly problem: SourceProblem }
  | { readonly file: string; readonly validated: CatalogDocument; readonly source: CatalogSource; readonly positionOf: (path: DocumentPath) => SourcePosition };

export interface LayeredCatalogs {
  /** The merged document, when every catalog is valid and they agree. */
  readonly document: CatalogDocument | null;
  readonly sources: readonly CatalogSource[];
  readonly errors: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
}

export interface LayerOptions {
  /** Run the warning rules too (lint); a check needs only the errors. */
  readonly warnings: boolean;
}

const COMPLETENESS_RULES = [{ id: 'product-complete', check: productsComplete }];

/** Validates catalogs and layers them (each later one extends the earlier ones), listing every problem. */
export function layerCatalogs(texts: readonly CatalogText[], schema: SchemaValidator, options: LayerOptions = { warnings: true }): LayeredCatalogs {
  const errors: SourceProblem[] = [];
  const parts: CatalogPart[] = [];
  const sources: CatalogSource[] = [];
  for (const entry of texts) {
    if ('problem' in entry) {
      errors.push(entry.problem);
      continue;
    }
    if ('validated' in entry) {
      parts.push({ document: entry.validated, positionOf: entry.positionOf });
      sources.push(entry.source);
      continue;
    }
    const validation = validateCatalogText(entry.text, entry.file, schema);
    errors.push(...validation.errors);
    if (validation.data === null) continue;
    parts.push({ document: validation.data, positionOf: validation.positionOf });
    sources.push({ file: entry.file, published: validation.data.published, factsComplete: validation.data.factsComplete ?? null, digest: entry.digest });
  }
  if (errors.length > 0 || parts.length === 0) return { document: null, sources, errors, warnings: [] };
  const merged =
    parts.length === 1
      ? { document: parts[0]!.document, positionOf: parts[0]!.positionOf, conflicts: [], firstCatalogLines: new Set<object>(), keptProducts: new Set<object>() }
      : mergeCatalogs(parts);
  if ('validated' in (texts[0] ?? {}) && parts.length > 1) markSettledLines(merged.document, merged.firstCatalogLines, merged.keptProducts);
  const incomplete = applyRules(COMPLETENESS_RULES, merged.document, merged.positionOf);
  if (merged.conflicts.length > 0 || incomplete.length > 0) return { document: null, sources, errors: [...merged.conflicts, ...incomplete], warnings: [] };
  const rules = checkCatalogRules(merged.document, merged.positionOf, options.warnings);
  return { document: rules.errors.length > 0 ? null : merged.document, sources, errors: rules.errors, warnings: rules.warnings };
}

export interface LintFinding extends SourceProblem {
  readonly severity: 'error' | 'warning';
}

/** Every error and warning of a layering, in file and position order. */
export function lintFindings(layered: LayeredCatalogs): LintFinding[] {
  const findings: LintFinding[] = [
    ...layered.errors.map((error) => ({ ...error, severity: 'error' as const })),
    ...layered.warnings.map((warning) => ({ ...warning, severity: 'warning' as const })),
  ];
  return findings.sort(compareSourcePositions);
}
