export const EXIT_CODES = {
  current: 0,
  behind: 1,
  usage: 2,
  catalog: 3,
  unplaced: 4,
  staleCatalog: 5,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export abstract class RollupCheckError extends Error {
  abstract readonly exitCode: ExitCode;
}

export class UsageError extends RollupCheckError {
  readonly exitCode = EXIT_CODES.usage;
}

export class BuildStringError extends RollupCheckError {
  readonly exitCode = EXIT_CODES.usage;
}

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

export class CatalogError extends RollupCheckError {
  readonly exitCode = EXIT_CODES.catalog;
  constructor(readonly problems: readonly SourceProblem[]) {
    super(problems.map(formatSourceProblem).join('\n'));
  }
}
