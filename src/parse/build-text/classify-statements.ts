// Sorts the statements found: Exchange builds, builds of products the catalog leaves out, and the rest.
import { formatBuild } from '../build/build.js';
import { isInAnyRange } from './build-ranges.js';
import type { Claim, Span, Statement } from './finding.js';
import { findForeignProduct, type ForeignProductInfo } from './foreign-products.js';
import type { BuildTextContext } from './reading.js';

export interface ForeignStatement {
  readonly statement: Statement;
  readonly info: ForeignProductInfo;
}

/** Something that looked like a build and was not taken, said in a phrase: for the message when no build is found. */
export interface PassedOver {
  readonly line: number;
  readonly says: string;
}

export interface ClassifiedStatements {
  readonly exchange: readonly Statement[];
  readonly foreign: readonly ForeignStatement[];
  /**
   * Builds outside every range that the text states as a build all the same: the whole text, or a labelled
   * value (`FileVersion : 16.0.1.2`). Read when nothing else is, so the caller can say no product covers them.
   */
  readonly outside: readonly Statement[];
  readonly passedOver: readonly PassedOver[];
}

const compareByPlace = (a: Span, b: Span): number => a.line - b.line || a.start - b.start;

/**
 * A bare number yields to any other finding on the same characters (a labelled value, an AD object
 * version...). One sweep over both lists sorted by place: for each bare number, the spans of its line that
 * start before it ends have been passed, and the furthest end among them tells whether one overlaps it.
 */
function dropCoveredBareStatements(statements: readonly Statement[], claims: readonly Claim[]): Statement[] {
  const covering: Span[] = [...statements.filter((statement) => !statement.bare), ...claims].sort(compareByPlace);
  const kept = statements.filter((statement) => !statement.bare);
  let next = 0;
  let line = 0;
  let furthestEnd = -1;
  for (const statement of statements.filter((candidate) => candidate.bare).sort(compareByPlace)) {
    for (; next < covering.length && compareByPlace(covering[next]!, { line: statement.line, start: statement.end, end: statement.end }) < 0; next++) {
      const span = covering[next]!;
      if (span.line !== line) [line, furthestEnd] = [span.line, -1];
      furthestEnd = Math.max(furthestEnd, span.end);
    }
    if (line !== statement.line || furthestEnd <= statement.start) kept.push(statement);
  }
  return kept;
}

/** The first statement of each build, form and label: later repetitions change no decision. */
function keepFirstOfEachKind(statements: readonly Statement[]): Statement[] {
  const first = new Map<string, Statement>();
  for (const statement of [...statements].sort(compareByPlace)) {
    const key = `${statement.parts.join('.')} ${statement.form} ${statement.label}`;
    if (!first.has(key)) first.set(key, statement);
  }
  return [...first.values()];
}

export function classifyStatements(statements: readonly Statement[], claims: readonly Claim[], context: BuildTextContext): ClassifiedStatements {
  const exchange: Statement[] = [];
  const foreign: ForeignStatement[] = [];
  const outside: Statement[] = [];
  const passedOver: PassedOver[] = [];
  for (const statement of keepFirstOfEachKind(dropCoveredBareStatements(statements, claims))) {
    if (isInAnyRange(statement.parts, context.plausible)) {
      exchange.push(statement);
      continue;
    }
    const info = findForeignProduct(statement.parts);
    if (info) foreign.push({ statement, info });
    else if (statement.alone === true || statement.bare !== true) outside.push(statement);
    else
      passedOver.push({ line: statement.line, says: `${formatBuild(statement.parts)} on line ${statement.line} is no build of a product the catalog knows` });
  }
  const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  for (const claim of claims) passedOver.push({ line: claim.line, says: `${claim.text} on line ${claim.line} ${claim.why}` });
  return { exchange, foreign, outside, passedOver: passedOver.sort(byLine) };
}
