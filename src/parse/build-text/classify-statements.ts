// Sorts the statements found: Exchange builds, builds of products the catalog leaves out, and the rest.
import { formatBuild } from '../build/build.js';
import { isInAnyRange } from './build-ranges.js';
import type { Claim, Span, Statement } from './finding.js';
import { foreignProductOf, type ForeignProductInfo } from './foreign-products.js';
import type { BuildTextContext } from './reading.js';

export interface ForeignStatement {
  readonly statement: Statement;
  readonly info: ForeignProductInfo;
}

/** A number that looked like a build and was not taken, with why: for the message when no build is found. */
export interface PassedOver {
  readonly text: string;
  readonly line: number;
  readonly why: string;
}

export interface ClassifiedStatements {
  readonly exchange: readonly Statement[];
  readonly foreign: readonly ForeignStatement[];
  readonly passedOver: readonly PassedOver[];
}

type Interval = readonly [start: number, end: number];

/** The spans of each line merged into sorted, disjoint intervals. */
function coveredIntervals(spans: readonly Span[]): Map<number, Interval[]> {
  const byLine = new Map<number, Interval[]>();
  for (const span of spans) {
    const intervals = byLine.get(span.line) ?? [];
    intervals.push([span.start, span.end]);
    byLine.set(span.line, intervals);
  }
  for (const [line, intervals] of byLine) {
    intervals.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [start, end] of intervals) {
      const last = merged.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    byLine.set(line, merged);
  }
  return byLine;
}

/** Whether a sorted, disjoint list of intervals overlaps [start, end): a binary search. */
function isCovered(intervals: readonly Interval[], start: number, end: number): boolean {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (intervals[middle]![1] <= start) low = middle + 1;
    else high = middle;
  }
  const next = intervals[low];
  return next !== undefined && next[0] < end;
}

/** A bare number yields to any other finding on the same characters (a labelled value, an AD object version...). */
function dropCoveredBareStatements(statements: readonly Statement[], claims: readonly Claim[]): Statement[] {
  const covered = coveredIntervals([...statements.filter((statement) => !statement.bare), ...claims]);
  return statements.filter((statement) => !statement.bare || !isCovered(covered.get(statement.line) ?? [], statement.start, statement.end));
}

export function classifyStatements(statements: readonly Statement[], claims: readonly Claim[], context: BuildTextContext): ClassifiedStatements {
  const exchange: Statement[] = [];
  const foreign: ForeignStatement[] = [];
  const passedOver: PassedOver[] = [];
  for (const statement of dropCoveredBareStatements(statements, claims)) {
    if (isInAnyRange(statement.parts, context.plausible)) {
      exchange.push(statement);
      continue;
    }
    const info = foreignProductOf(statement.parts);
    if (info) foreign.push({ statement, info });
    else passedOver.push({ text: formatBuild(statement.parts), line: statement.line, why: 'is no build of a product the catalog knows' });
  }
  const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  for (const claim of claims) passedOver.push({ text: claim.text, line: claim.line, why: claim.why });
  return { exchange, foreign, passedOver: passedOver.sort(byLine) };
}
