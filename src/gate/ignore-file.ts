import { isCalendarDate } from '../shared/calendar-date.js';
import type { SourceProblem } from '../shared/source-problem.js';
import type { DocumentFinding, DocumentPath } from '../parse/yaml/document-finding.js';
import { validateYamlText, type SchemaValidator } from '../parse/yaml/validate-yaml.js';
import type { IgnoreRule } from './gate-policy.js';

interface IgnoreDocument {
  readonly ignore: readonly { readonly id: string; readonly reason: string; readonly expires?: string; readonly hosts?: string }[];
}

const patternMeaning = (path: DocumentPath): string =>
  path[path.length - 1] === 'expires' ? 'must be a date as YYYY-MM-DD' : 'must be a fix id such as CVE-2021-26855, KB5012345 or MS12-058';

const expiresIsADate = (document: IgnoreDocument): DocumentFinding[] =>
  document.ignore.flatMap((entry, index) =>
    entry.expires === undefined || isCalendarDate(entry.expires)
      ? []
      : [{ path: ['ignore', index, 'expires'], message: `${entry.expires} is not a calendar date` }],
  );

export interface IgnoreFileValidation {
  readonly entries: readonly IgnoreRule[];
  readonly errors: readonly SourceProblem[];
}

export function validateIgnoreFile(text: string, file: string, schema: SchemaValidator): IgnoreFileValidation {
  const validation = validateYamlText<IgnoreDocument>(text, file, { schema, patternMeaning, errorRules: [{ id: 'expires-is-a-date', check: expiresIsADate }] });
  if (validation.data === null || validation.errors.length > 0) return { entries: [], errors: validation.errors };
  const entries = validation.data.ignore.map((entry, index) => ({
    id: entry.id,
    reason: entry.reason,
    expires: entry.expires ?? null,
    hosts: entry.hosts ?? null,
    where: `${file}:${validation.lineOf(['ignore', index])}`,
  }));
  return { entries, errors: [] };
}
