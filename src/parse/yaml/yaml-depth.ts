/** How deeply YAML inputs may nest (block and flow together); catalogs and ignore files need fewer than ten levels. */
export const MAX_YAML_DEPTH = 64;

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';
const isLineEnd = (char: string | undefined): boolean => char === undefined || char === '\n' || char === '\r';
/** A value may start after these (or at the start of a line): only there do quotes and brackets open a node. */
const opensValue = (char: string | undefined): boolean =>
  char === undefined || char === ':' || char === '-' || char === '?' || char === ',' || char === '[' || char === '{';

/**
 * The offset where a YAML text nests deeper than `limit`, or null: one linear pass over the text
 * (indentation levels, `-`/`?` indicators, flow brackets outside quoted and plain scalars and
 * comments; block scalars skipped), counting generously (the top level is a level too), so that
 * the parser never meets a document deep enough to exhaust its stack.
 */
export function findDeepNesting(text: string, limit = MAX_YAML_DEPTH): number | null {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  let i = 0;
  while (i < text.length) {
    let column = 0;
    while (text[i] === ' ') {
      i += 1;
      column += 1;
    }
    if (blockScalarIndent >= 0 && (column > blockScalarIndent || isLineEnd(text[i]))) {
      while (!isLineEnd(text[i])) i += 1;
      i += 1;
      continue;
    }
    blockScalarIndent = -1;
    if (flow === 0) {
      if (isLineEnd(text[i]) || text[i] === '#') {
        while (!isLineEnd(text[i])) i += 1;
        i += 1;
        continue;
      }
      while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
      indents.push(column);
    }
    let depth = indents.length;
    let previous: string | undefined;
    let plain = false;
    while (!isLineEnd(text[i])) {
      const char = text[i]!;
      if (plain) {
        // A plain scalar in block context runs to `: ` (a key ends) or ` #` (a comment starts).
        if (char === ':' && (isBlank(text[i + 1]) || isLineEnd(text[i + 1]))) plain = false;
        else if (char === '#' && isBlank(text[i - 1])) while (!isLineEnd(text[i + 1])) i += 1;
      } else if (flow === 0 && (char === '-' || char === '?') && isBlank(text[i + 1]) && (previous === undefined || previous === '-' || previous === '?')) {
        depth += 1;
      } else if ((char === '"' || char === "'") && (flow > 0 || opensValue(previous))) {
        i = skipQuoted(text, i, char);
      } else if (char === '#' && (i === 0 || isBlank(text[i - 1]))) {
        while (!isLineEnd(text[i + 1])) i += 1;
      } else if ((char === '[' || char === '{') && (flow > 0 || opensValue(previous))) {
        flow += 1;
      } else if ((char === ']' || char === '}') && flow > 0) {
        flow -= 1;
      } else if ((char === '|' || char === '>') && flow === 0 && opensValue(previous) && /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(lineFrom(text, i))) {
        blockScalarIndent = indents[indents.length - 1] ?? 0;
      } else if (flow === 0 && !isBlank(char) && !'-?:,&!*'.includes(char)) {
        plain = true;
      }
      if (depth + flow > limit) return i;
      if (!isBlank(char)) previous = char;
      i += 1;
    }
    i += 1;
  }
  return null;
}

function lineFrom(text: string, start: number): string {
  let end = start;
  while (!isLineEnd(text[end])) end += 1;
  return text.slice(start, end).trimEnd();
}

/** The offset of a quoted scalar's closing quote (or the end of the text): it may span lines. */
function skipQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return text.length;
}
