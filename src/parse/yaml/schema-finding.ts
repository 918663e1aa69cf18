import type { ErrorObject } from 'ajv';
import type { DocumentFinding, DocumentPath } from './document-finding.js';

/** A JSON-schema error as a finding at its document path, in words a catalog author knows. */
export function schemaFinding(error: ErrorObject, patternMeaning: (path: DocumentPath, schemaPath: string) => string): DocumentFinding {
  const path: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `unknown key ${JSON.stringify(String(params.additionalProperty))}` };
    case 'required':
      return { path, message: `missing required key "${String(params.missingProperty)}"` };
    case 'enum':
      return { path, message: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { path, message: `must be ${article(String(params.type))}` };
    case 'pattern':
      return { path, message: patternMeaning(path, error.schemaPath) };
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
};

function article(type: string): string {
  return TYPE_NAMES[type] ?? `of type ${type}`;
}
