import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DocumentFinding, DocumentPath } from './document-finding.js';
import { compareSourcePositions, type SourceProblem } from '../../shared/source-problem.js';

export interface YamlValidation<T> {
  readonly data: T | null;
  readonly errors: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
  readonly lineOf: (path: DocumentPath) => number;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
  /** The parsed document with its source ranges, for a program that edits the text (catalog import). */
  readonly document?: Document;
}

export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: DocumentPath;
}

export interface DocumentRule<T> {
  readonly id: string;
  readonly check: (data: T) => DocumentFinding[];
}

/** A JSON Schema compiled by Ajv (at run time, or ahead of time as standalone code): call it, then read `errors`. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface YamlExpectations<T> {
  readonly schema: SchemaValidator;
  readonly patternMeaning: (path: DocumentPath, schemaPath: string) => string;
  readonly errorRules?: readonly DocumentRule<T>[];
  readonly warningRules?: readonly DocumentRule<T>[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ALIAS_COUNT = 100;
export function validateYamlText<T>(text: string, file: string, expected: YamlExpectations<T>): YamlValidation<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, message: string, rule = 'yaml'): SourceProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message, rule };
  };
  const syntax = [...document.errors, ...document.warnings].map((error) => at(error.pos[0], yamlMessage(error.code, error.message, text.slice(error.pos[0]))));
  const positionOf = (path: DocumentPath): SourcePosition => {
    const { line, col } = lineCounter.linePos(offsetOf(document, path));
    return { file, line, column: col, path };
  };
  const lineOf = (path: DocumentPath): number => positionOf(path).line;
  if (syntax.length > 0) return { data: null, errors: syntax, warnings: [], lineOf, positionOf };

  const forbidden = forbiddenKeys(document).map(({ node, message }) => at(node.range?.[0] ?? 0, message));
  if (forbidden.length > 0) return { data: null, errors: forbidden, warnings: [], lineOf, positionOf };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { data: null, errors: [at(0, `cannot expand YAML aliases: ${(error as Error).message}`)], warnings: [], lineOf, positionOf };
  }

  const apply = (rules: readonly DocumentRule<T>[] | undefined, data: T): SourceProblem[] => applyRules(rules ?? [], data, positionOf);
  const validate = expected.schema;
  if (!validate(data)) {
    const findings = (validate.errors ?? [])
      .filter((error) => error.keyword !== 'if')
      .map((error) => locateFinding(schemaFinding(error, expected.patternMeaning), 'schema', positionOf));
    return { data: null, errors: sortByPosition(findings), warnings: [], lineOf, positionOf };
  }
  const valid = data as T;
  return {
    document,
    data: valid,
    errors: apply(expected.errorRules, valid),
    warnings: apply(expected.warningRules, valid),
    lineOf,
    positionOf,
  };
}

/** Checks data that is already parsed (a document a program built) against the schema and error rules, placing findings with `positionOf`. */
export function validateParsed<T>(data: unknown, expected: YamlExpectations<T>, positionOf: (path: DocumentPath) => SourcePosition): SourceProblem[] {
  const validate = expected.schema;
  if (validate(data)) return applyRules(expected.errorRules ?? [], data as T, positionOf);
  const findings = (validate.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map((error) => locateFinding(schemaFinding(error, expected.patternMeaning), 'schema', positionOf));
  return sortByPosition(findings);
}

function locateFinding(finding: DocumentFinding, rule: string, positionOf: (path: DocumentPath) => SourcePosition): SourceProblem {
  const firstAt = finding.firstPath ? positionOf(finding.firstPath) : null;
  const here = positionOf(finding.path);
  const first = firstAt ? ` (first at ${firstAt.file === here.file ? '' : `${firstAt.file}:`}line ${firstAt.line})` : '';
  return { file: here.file, line: here.line, column: here.column, message: `${describePath(here.path)}: ${finding.message}${first}`, rule };
}

export function applyRules<T>(rules: readonly DocumentRule<T>[], data: T, positionOf: (path: DocumentPath) => SourcePosition): SourceProblem[] {
  return sortByPosition(rules.flatMap((rule) => rule.check(data).map((finding) => locateFinding(finding, rule.id, positionOf))));
}

function sortByPosition(problems: SourceProblem[]): SourceProblem[] {
  return problems.sort(compareSourcePositions);
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

function schemaFinding(error: ErrorObject, patternMeaning: (path: DocumentPath, schemaPath: string) => string): DocumentFinding {
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

export function describePath(path: DocumentPath): string {
  const describePart = (text: string, part: string | number): string => {
    if (typeof part === 'number') return `${text}[${part}]`;
    if (!/^[\w$-]+$/.test(part)) return `${text}[${JSON.stringify(part)}]`;
    return text === '' ? part : `${text}.${part}`;
  };
  return path.reduce<string>(describePart, '') || 'document';
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
