import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import type { CatalogProblem } from '../errors.js';
import type { CatalogDocument, DocumentFinding, DocumentPath } from './document.js';
import { ERROR_RULES, WARNING_RULES } from './rules/rule-sets.js';

export interface CatalogValidation {
  readonly catalog: CatalogDocument | null;
  readonly errors: readonly CatalogProblem[];
  readonly warnings: readonly CatalogProblem[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ALIAS_COUNT = 100;
const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export function validateCatalogText(text: string, file: string, schema: object): CatalogValidation {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, message: string): CatalogProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message };
  };
  const syntax = [...document.errors, ...document.warnings].map((error) => at(error.pos[0], yamlMessage(error.code, error.message, text.slice(error.pos[0]))));
  if (syntax.length > 0) return { catalog: null, errors: syntax, warnings: [] };

  const forbidden = forbiddenKeys(document).map(({ node, message }) => at(node.range?.[0] ?? 0, message));
  if (forbidden.length > 0) return { catalog: null, errors: forbidden, warnings: [] };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { catalog: null, errors: [at(0, `cannot expand YAML aliases: ${(error as Error).message}`)], warnings: [] };
  }

  const locate = (finding: DocumentFinding): CatalogProblem => {
    const first = finding.firstPath ? ` (first at line ${lineCounter.linePos(offsetOf(document, finding.firstPath)).line})` : '';
    return at(offsetOf(document, finding.path), `${describePath(finding.path)}: ${finding.message}${first}`);
  };
  const validate = compile(schema);
  if (!validate(data)) {
    return { catalog: null, errors: sortByPosition((validate.errors ?? []).map((error) => locate(schemaFinding(error)))), warnings: [] };
  }
  const catalog = data as CatalogDocument;
  return {
    catalog,
    errors: sortByPosition(ERROR_RULES.flatMap((rule) => rule(catalog)).map(locate)),
    warnings: sortByPosition(WARNING_RULES.flatMap((rule) => rule(catalog)).map(locate)),
  };
}

function sortByPosition(problems: CatalogProblem[]): CatalogProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function yamlMessage(code: string, message: string, textAtError: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key "${/^[^:\s]*/.exec(textAtError)![0]}"`;
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function forbiddenKeys(document: Document): { node: Node; message: string }[] {
  const found: { node: Node; message: string }[] = [];
  visit(document, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) found.push({ node: key ?? (pair.value as Node), message: 'keys must be plain scalars' });
      else if (FORBIDDEN_KEYS.has(String(key.value))) found.push({ node: key, message: `key ${JSON.stringify(String(key.value))} is not allowed` });
    },
  });
  return found;
}

function schemaFinding(error: ErrorObject): DocumentFinding {
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
      return { path, message: `${patternMeaning(path)}` };
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', integer: 'an integer', number: 'a number', string: 'a string', boolean: 'true or false' };

function article(type: string): string {
  return TYPE_NAMES[type] ?? `of type ${type}`;
}

function patternMeaning(path: DocumentPath): string {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  switch (key) {
    case 'build':
    case 'from':
    case 'below':
      return 'must be a build of four numeric parts without leading zeros, e.g. 15.2.1118.7';
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

function describePath(path: DocumentPath): string {
  const describePart = (text: string, part: string | number): string => {
    if (typeof part === 'number') return `${text}[${part}]`;
    if (!/^[\w$-]+$/.test(part)) return `${text}[${JSON.stringify(part)}]`;
    return text === '' ? part : `${text}.${part}`;
  };
  return path.reduce<string>(describePart, '') || 'catalog';
}

function offsetOf(document: Document, path: DocumentPath): number {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  if (isMap(parent) && last !== undefined) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last));
    const node = (pair?.key ?? parent) as Node;
    if (node.range) return node.range[0];
  }
  const node = (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined;
  if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  return (parent as Node | null)?.range?.[0] ?? 0;
}
