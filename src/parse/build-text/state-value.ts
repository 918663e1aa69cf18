// Turns a value read under a label into a statement, or into the problem that refuses it.
import type { DottedReading } from './dotted-value.js';
import type { Finding, SourceLine, Statement } from './finding.js';
import type { BuildTextForm, BuildTextProof } from './reading.js';

export interface StatementKind {
  readonly form: BuildTextForm;
  readonly proves: BuildTextProof;
  readonly label: string;
}

/** A statement for a good value, a problem for a bad one (it refuses only if it could be a build), else nothing. */
export function stateValue(kind: StatementKind, line: SourceLine, start: number, text: string, reading: DottedReading | null): Finding | null {
  if (reading === null) return null;
  if (reading.kind === 'bad') return { kind: 'problem', problem: reading.why, line: line.number, label: kind.label, text, prefix: reading.prefix };
  const statement: Statement = { kind: 'statement', parts: reading.parts, ...kind, line: line.number, start, end: start + text.length };
  return statement;
}

/** Runs `pattern` (global) over a line and adds to `found` what `toFinding` makes of each match. */
export function findAll(found: Finding[], line: SourceLine, pattern: RegExp, toFinding: (match: RegExpExecArray) => Finding | null): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
    const finding = toFinding(match);
    if (finding) found.push(finding);
    if (match[0] === '') pattern.lastIndex++;
  }
}
