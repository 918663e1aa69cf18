import type { ErrorObject } from 'ajv';
import { LineCounter, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DocumentFinding, DocumentPath } from './document-finding.js';
import { offsetOf } from './document-offset.js';
import { loadQuickly } from './fast-yaml.js';
import { schemaFinding } from './schema-finding.js';
import { findDeepNesting, MAX_YAML_DEPTH } from './yaml-depth.js';
import { compareSourcePositions, type SourceProblem } from '../../shared/source-problem.js';

export interface YamlValidation<T> {
  readonly data: T | null;
  readonly errors: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
  readonly lineOf: (path: DocumentPath) => number;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
  /** The parsed document with its source ranges, when the positioned parse ran (catalog import edits the text with it). */
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
  /** The error rules cope with data that fails the schema: run them then too, so that every problem is listed at once. */
  readonly rulesCheckInvalidData?: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ALIAS_COUNT = 100;
/** Syntax errors listed for one file; past this, one more line says how many more there are. */
const MAX_SYNTAX_ERRORS = 20;
/** A syntax error quotes the text it stopped at: no more than this of it. */
const MAX_MESSAGE_CHARS = 160;

/** A problem at an offset, placed by counting lines (for problems found before the parser runs). */
function problemAtOffset(text: string, offset: number, file: string, message: string): SourceProblem {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n'), message, rule: 'yaml' };
}

function tooDeep<T>(text: string, file: string, offset: number): YamlValidation<T> {
  const problem = problemAtOffset(text, offset, file, `the YAML nests deeper than ${MAX_YAML_DEPTH} levels`);
  const positionOf = (path: DocumentPath): SourcePosition => ({ file, line: problem.line, column: problem.column, path });
  return { data: null, errors: [problem], warnings: [], lineOf: () => problem.line, positionOf };
}

export function validateYamlText<T>(text: string, file: string, expected: YamlExpectations<T>): YamlValidation<T> {
  const deep = findDeepNesting(text);
  if (deep !== null) return tooDeep(text, file, deep);
  return validateQuickly(text, file, expected) ?? validatePositioned(text, file, expected);
}

/**
 * A valid document read without positions: the positioned parse (slow and large for big
 * catalogs) runs only if a warning or a later check asks where something is. Null when the text
 * needs the positioned parse or has any problem, which the positioned parse then reports.
 */
function validateQuickly<T>(text: string, file: string, expected: YamlExpectations<T>): YamlValidation<T> | null {
  const quick = loadQuickly(text);
  if (quick === null || !expected.schema(quick.data)) return null;
  let positioned: YamlValidation<T> | null = null;
  const positionOf = (path: DocumentPath): SourcePosition => (positioned ??= validatePositioned(text, file, expected)).positionOf(path);
  const data = quick.data as T;
  if ((expected.errorRules ?? []).some((rule) => rule.check(data).length > 0)) return null;
  return { data, errors: [], warnings: applyRules(expected.warningRules ?? [], data, positionOf), lineOf: (path) => positionOf(path).line, positionOf };
}

function validatePositioned<T>(text: string, file: string, expected: YamlExpectations<T>): YamlValidation<T> {
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(text, file, 0);
    throw error;
  }
  const at = (offset: number, message: string, rule = 'yaml'): SourceProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message, rule };
  };
  const allSyntax = [...document.errors, ...document.warnings];
  if (allSyntax.some((error) => /call stack/i.test(error.message))) return tooDeep(text, file, allSyntax[0]!.pos[0]);
  const syntax = allSyntax.slice(0, MAX_SYNTAX_ERRORS).map((error) => at(error.pos[0], yamlMessage(error.code, error.message, text.slice(error.pos[0]))));
  if (allSyntax.length > MAX_SYNTAX_ERRORS) {
    const last = syntax[syntax.length - 1]!;
    syntax.push({ ...last, message: `…and ${allSyntax.length - MAX_SYNTAX_ERRORS} more YAML syntax errors` });
  }
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
    const ruleFindings = expected.rulesCheckInvalidData ? apply(expected.errorRules, data as T) : [];
    return { data: null, errors: sortByPosition([...findings, ...ruleFindings]), warnings: [], lineOf, positionOf };
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
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 1)}…` : line;
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

export function describePath(path: DocumentPath): string {
  const describePart = (text: string, part: string | number): string => {
    if (typeof part === 'number') return `${text}[${part}]`;
    if (!/^[\w$-]+$/.test(part)) return `${text}[${JSON.stringify(part)}]`;
    return text === '' ? part : `${text}.${part}`;
  };
  return path.reduce<string>(describePart, '') || 'document';
}
