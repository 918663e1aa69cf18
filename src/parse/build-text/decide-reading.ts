// Turns everything found in a text into one reading, or one refusal.
import { formatBuild } from '../build/build.js';
import { couldStartBuild } from './build-ranges.js';
import {
  noteAgreement,
  noteClaim,
  explainConflict,
  noteCuLevel,
  noteCuLevelOnly,
  describeStatement,
  explainForeignConflict,
  explainNameConflict,
  explainNoBuild,
  explainTruncation,
  noteUnread,
  phraseUnread,
} from './build-text-messages.js';
import { chooseBuild } from './choose-build.js';
import { classifyStatements, type ForeignStatement } from './classify-statements.js';
import type { Claim, Finding, NameMention, Problem, Statement } from './finding.js';
import { FOREIGN_PRODUCT_INFO } from './foreign-products.js';
import type { BuildTextContext, BuildTextReading } from './reading.js';

const MAX_NOTES = 6;

interface Sorted {
  readonly statements: Statement[];
  readonly claims: Claim[];
  readonly problems: Problem[];
  readonly names: NameMention[];
}

function sortFindingsByKind(findings: readonly Finding[]): Sorted {
  const sorted: Sorted = { statements: [], claims: [], problems: [], names: [] };
  for (const finding of findings) {
    if (finding.kind === 'statement') sorted.statements.push(finding);
    else if (finding.kind === 'claim') sorted.claims.push(finding);
    else if (finding.kind === 'problem') sorted.problems.push(finding);
    else sorted.names.push(finding);
  }
  return sorted;
}

/** A problem counts only where a build of some known product could start the way it does. */
function keepRelevantProblems(problems: readonly Problem[], context: BuildTextContext): Problem[] {
  const ranges = [...context.plausible, ...FOREIGN_PRODUCT_INFO.flatMap((info) => info.ranges)];
  return problems.filter((problem) => problem.prefix === null || couldStartBuild(problem.prefix, ranges)).sort((a, b) => a.line - b.line);
}

const keepDistinctNames = (names: readonly NameMention[]): NameMention[] => [...new Map(names.map((name) => [name.name, name] as const)).values()];

const describeForeign = ({ statement, info }: ForeignStatement): string => `${info.name} ${describeStatement(statement)}`;

function readForeign(text: string, foreign: readonly ForeignStatement[]): BuildTextReading {
  const inPlaceOrder = [...foreign].sort((a, b) => a.statement.line - b.statement.line || a.statement.start - b.statement.start);
  const products = [...new Map(inPlaceOrder.map((item) => [item.info.product, item] as const)).values()];
  if (products.length > 1) throw explainConflict(text, products.map(describeForeign));
  const [first, ...others] = inPlaceOrder;
  const notes = others.slice(0, MAX_NOTES).map((item) => `also ${describeStatement(item.statement)}`);
  return { kind: 'foreign', product: first!.info.product, build: formatBuild(first!.statement.parts), form: first!.statement.form, notes };
}

function readBuild(text: string, exchange: readonly Statement[], sorted: Sorted, unread: readonly Problem[]): BuildTextReading {
  const choice = chooseBuild(exchange);
  if (choice.kind === 'conflict') throw explainConflict(text, choice.first.map(describeStatement));
  const { chosen, agreeing, cuLevel } = choice;
  const labels = new Set([chosen.label]);
  const notes: string[] = [];
  for (const statement of agreeing) if (!labels.has(statement.label) && labels.add(statement.label)) notes.push(noteAgreement(statement));
  for (const statement of cuLevel) if (!labels.has(statement.label) && labels.add(statement.label)) notes.push(noteCuLevel(statement, chosen));
  if (chosen.proves === 'cu-level') notes.push(noteCuLevelOnly(chosen));
  const passedOver = [...unread.map(noteUnread), ...sorted.claims.filter((claim) => !claim.quiet).map(noteClaim)].slice(0, MAX_NOTES);
  const names = keepDistinctNames(sorted.names).map((name) => name.name);
  return { kind: 'build', build: chosen.parts, form: chosen.form, proves: chosen.proves, names, notes: notes.slice(0, MAX_NOTES), passedOver };
}

export function decideReading(text: string, findings: readonly Finding[], context: BuildTextContext): BuildTextReading {
  const sorted = sortFindingsByKind(findings);
  const problems = keepRelevantProblems(sorted.problems, context);
  const truncated = problems.filter((problem) => problem.problem === 'truncated');
  if (truncated.length > 0) throw explainTruncation(text, truncated);
  const unread = problems.filter((problem) => problem.problem !== 'truncated');
  const { exchange, foreign, outside, passedOver } = classifyStatements(sorted.statements, sorted.claims, context);
  if (exchange.length > 0 && foreign.length > 0) {
    const firstExchange = [...exchange].sort((a, b) => a.line - b.line)[0]!;
    throw explainForeignConflict(text, describeStatement(firstExchange), describeForeign(foreign[0]!));
  }
  if (exchange.length > 0) return readBuild(text, exchange, sorted, unread);
  if (foreign.length > 0) return readForeign(text, foreign);
  if (outside.length > 0) return readBuild(text, outside, sorted, unread);
  const names = keepDistinctNames(sorted.names);
  if (names.length > 1) throw explainNameConflict(text, names);
  if (names.length === 1) return { kind: 'name', name: names[0]!.name };
  throw explainNoBuild(text, [...unread.map((problem) => ({ says: phraseUnread(problem) })), ...passedOver]);
}
