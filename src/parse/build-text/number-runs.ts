// Finds the numbers in a line: maximal runs of digits and dots, in one pass.

export interface NumberRun {
  /** Index of the first digit. */
  readonly start: number;
  /** Index after the last digit (a trailing full stop or ellipsis is not part of it). */
  readonly end: number;
  /** The digits and dots between start and end. */
  readonly core: string;
  /** Followed by "..." or "…": a console cut the value off. */
  readonly cut: boolean;
  /** Touches a letter, "_" or "-": part of a word or a negative number, not a number of its own. */
  readonly glued: boolean;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isDigitOrDot = (code: number): boolean => isDigit(code) || code === 46;
const GLUE = /[A-Za-z_-]/;

function readRunAt(line: string, first: number, after: number): NumberRun | null {
  let start = first;
  while (start < after && !isDigit(line.charCodeAt(start))) start++;
  if (start === after) return null;
  let end = after;
  while (!isDigit(line.charCodeAt(end - 1))) end--;
  const trailingDots = after - end;
  if (trailingDots === 2) return null;
  const cut = trailingDots >= 3 || line[after] === '…';
  const glued = GLUE.test(line[first - 1] ?? '') || GLUE.test(line[after] ?? '');
  return { start, end, core: line.slice(start, end), cut, glued };
}

/** The runs of digits and dots in `line`, each with at least one digit. Linear in the line's length. */
export function findNumberRuns(line: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < line.length) {
    if (!isDigitOrDot(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let after = i + 1;
    while (after < line.length && isDigitOrDot(line.charCodeAt(after))) after++;
    const run = readRunAt(line, i, after);
    if (run) runs.push(run);
    i = after;
  }
  return runs;
}
