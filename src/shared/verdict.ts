/**
 * What a check concluded, before it becomes an exit code: the gate's verdict on one report, a row
 * that could not be read, a server whose build could not be read over the network, or a catalog
 * that did not pass lint.
 */
export const VERDICTS = ['pass', 'fail', 'unplaced', 'unreachable', 'unreadable', 'invalid-catalog'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** For a host list the worst verdict over all hosts decides, in this order. */
const PRECEDENCE: readonly Verdict[] = ['invalid-catalog', 'unreadable', 'unreachable', 'unplaced', 'fail', 'pass'];

export const worseVerdict = (a: Verdict, b: Verdict): Verdict => (PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b);
