import { compareSourcePositions, type SourceProblem } from '../shared/source-problem.js';
import type { CatalogDocument } from './document.js';
import { mergeCatalogs, type CatalogPart } from './merge-catalogs.js';
import type { CatalogSource } from './model.js';
import { checkCatalogRules, validateCatalogText } from './validate-catalog.js';

/** A catalog's text as read, or why it could not be read. */
export type CatalogText = { readonly file: string; readonly text: string; readonly digest: string } | { readonly file: string; readonly problem: SourceProblem };

export interface LayeredCatalogs {
  /** The merged document, when every catalog is valid and they agree. */
  readonly document: CatalogDocument | null;
  readonly sources: readonly CatalogSource[];
  readonly errors: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
}

/** Validates catalogs and layers them (each later one extends the earlier ones), listing every problem. */
export function layerCatalogs(texts: readonly CatalogText[], schema: object): LayeredCatalogs {
  const errors: SourceProblem[] = [];
  const parts: CatalogPart[] = [];
  const sources: CatalogSource[] = [];
  for (const entry of texts) {
    if ('problem' in entry) {
      errors.push(entry.problem);
      continue;
    }
    const validation = validateCatalogText(entry.text, entry.file, schema);
    errors.push(...validation.errors);
    if (validation.data === null) continue;
    parts.push({ document: validation.data, positionOf: validation.positionOf });
    sources.push({ file: entry.file, published: validation.data.published, factsComplete: validation.data.factsComplete ?? null, digest: entry.digest });
  }
  if (errors.length > 0 || parts.length === 0) return { document: null, sources, errors, warnings: [] };
  const merged = parts.length === 1 ? { document: parts[0]!.document, positionOf: parts[0]!.positionOf, conflicts: [] } : mergeCatalogs(parts);
  const rules = checkCatalogRules(merged.document, merged.positionOf);
  const failed = merged.conflicts.length > 0 || rules.errors.length > 0;
  return { document: failed ? null : merged.document, sources, errors: [...merged.conflicts, ...rules.errors], warnings: rules.warnings };
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
