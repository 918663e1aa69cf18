import type { SourceProblem } from '../shared/source-problem.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { applyRules, validateParsed, validateYamlText, type SchemaValidator, type SourcePosition, type YamlValidation } from '../parse/yaml/validate-yaml.js';
import type { CatalogDocument } from './document.js';
import { ERROR_RULES, WARNING_RULES } from './rules/rule-sets.js';

export function validateCatalogText(text: string, file: string, schema: SchemaValidator): YamlValidation<CatalogDocument> {
  return validateYamlText<CatalogDocument>(text, file, { schema, patternMeaning });
}

/** Every error of a catalog document a program built (schema and error rules), placed with `positionOf`. */
export function validateCatalogData(data: unknown, schema: SchemaValidator, positionOf: (path: DocumentPath) => SourcePosition): SourceProblem[] {
  return validateParsed<CatalogDocument>(data, { schema, patternMeaning, errorRules: ERROR_RULES }, positionOf);
}

export function checkCatalogRules(
  document: CatalogDocument,
  positionOf: (path: DocumentPath) => SourcePosition,
  withWarnings = true,
): { errors: SourceProblem[]; warnings: SourceProblem[] } {
  return { errors: applyRules(ERROR_RULES, document, positionOf), warnings: withWarnings ? applyRules(WARNING_RULES, document, positionOf) : [] };
}

function patternMeaning(path: DocumentPath, schemaPath: string): string {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  switch (key) {
    case 'build':
    case 'from':
    case 'below':
      return schemaPath.includes('semverBuild')
        ? "must be a semantic version such as 2.4.1 (the product's versionScheme is semver)"
        : 'must be a build of four numeric parts without leading zeros, e.g. 15.2.1118.7';
    case 'date':
    case 'published':
    case 'supportEnd':
    case 'mainstreamEnd':
      return 'must be a date as YYYY-MM-DD';
    case 'kb':
      return 'must be a KB id such as KB5012345';
    case 'url':
      return 'must be an http(s) URL';
    case 'cves':
      return 'must be a CVE id such as CVE-2021-26855';
    case 'id':
      return path[0] === 'products' ? 'must be lower-case letters, digits and dashes' : 'must be a fix id such as KB932487, CVE-2021-26855 or MS08-039';
    default:
      return 'has the wrong form';
  }
}
