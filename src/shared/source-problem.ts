/** A problem found in a file the user gave, with its position. */
export interface SourceProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly rule: string;
}

/** Orders problems by file, then line, then column. */
export function compareSourcePositions(a: SourceProblem, b: SourceProblem): number {
  return (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column;
}

export function formatSourceProblem(problem: SourceProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
