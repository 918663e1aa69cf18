import { formatSourceProblem, type SourceProblem } from './source-problem.js';

export type ErrorKind = 'usage' | 'build-string' | 'catalog' | 'not-in-catalog' | 'unreachable';

/** An expected failure with a one-line (or one-line-per-problem) message; its exit code comes from the exit-code table. */
export abstract class RollupCheckError extends Error {
  abstract readonly kind: ErrorKind;
  /** The message as stderr shows it: one line, or one per problem (a line break inside a problem's text is data, not a new line). */
  readonly lines: readonly string[];

  constructor(message: string | readonly SourceProblem[]) {
    const lines = typeof message === 'string' ? [message] : message.map(formatSourceProblem);
    super(lines.join('\n'));
    this.lines = lines;
  }
}

export class UsageError extends RollupCheckError {
  readonly kind = 'usage';
}

export class BuildStringError extends RollupCheckError {
  readonly kind = 'build-string';
}

/** A well-formed question about something the catalog does not hold: an unknown fix id, a product it leaves out. */
export class NotInCatalogError extends RollupCheckError {
  readonly kind = 'not-in-catalog';
}

/** A server whose build could not be read over the network: unreachable, TLS, not Exchange, no build revealed, endpoints that disagree. */
export class UnreachableError extends RollupCheckError {
  readonly kind = 'unreachable';
}

export class CatalogError extends RollupCheckError {
  readonly kind = 'catalog';
  constructor(readonly problems: readonly SourceProblem[]) {
    super(problems);
  }
}
