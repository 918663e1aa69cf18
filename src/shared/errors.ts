import { formatSourceProblem, type SourceProblem } from './source-problem.js';

export type ErrorKind = 'usage' | 'build-string' | 'catalog';

/** An expected failure with a one-line (or one-line-per-problem) message; its exit code comes from the exit-code table. */
export abstract class RollupCheckError extends Error {
  abstract readonly kind: ErrorKind;
}

export class UsageError extends RollupCheckError {
  readonly kind = 'usage';
}

export class BuildStringError extends RollupCheckError {
  readonly kind = 'build-string';
}

export class CatalogError extends RollupCheckError {
  readonly kind = 'catalog';
  constructor(readonly problems: readonly SourceProblem[]) {
    super(problems.map(formatSourceProblem).join('\n'));
  }
}
