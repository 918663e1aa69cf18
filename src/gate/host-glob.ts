/** A host-name glob longer than this is refused: host names are at most 255 characters. */
export const MAX_GLOB_CHARS = 1024;
/** `{a,b}` alternatives one glob may expand to. */
export const MAX_GLOB_ALTERNATIVES = 256;

type GlobElement = { readonly char: string } | { readonly any: true } | { readonly ranges: readonly (readonly [string, string])[]; readonly negated: boolean };

/** One alternative of a glob: the pieces between its `*`s, each a fixed run of characters, `?` and classes. */
export interface GlobAlternative {
  readonly pieces: readonly (readonly GlobElement[])[];
  /** The plain characters it starts with and ends with (for indexing many globs). */
  readonly literalPrefix: string;
  readonly literalSuffix: string;
  readonly hasStar: boolean;
}

/** A compiled host-name glob: matched without backtracking, in time linear in the pattern times the name. */
export interface HostGlob {
  readonly pattern: string;
  readonly alternatives: readonly GlobAlternative[];
  readonly matches: (host: string) => boolean;
}

export class GlobError extends Error {}

/** Expands `{a,b}` (nested too) into plain alternatives; a brace without its pair stays a plain character. */
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i += 1;
    else if (char === '{' && depth++ === 0) open = i;
    else if (char === ',' && depth === 1) commas.push(i);
    else if (char === '}' && depth > 0 && --depth === 0) {
      if (commas.length === 0) return expandBraces(pattern.slice(i + 1)).map((rest) => `${pattern.slice(0, i + 1)}${rest}`);
      const cuts = [open, ...commas, i];
      const head = pattern.slice(0, open);
      const options = cuts.slice(1).flatMap((cut, index) => expandBraces(pattern.slice(cuts[index]! + 1, cut)));
      const tails = expandBraces(pattern.slice(i + 1));
      if (options.length * tails.length > MAX_GLOB_ALTERNATIVES) throw new GlobError(`it expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives`);
      return options.flatMap((option) => tails.map((tail) => `${head}${option}${tail}`));
    }
  }
  return [pattern];
}

function parseClass(pattern: string, start: number): { element: GlobElement; end: number } | null {
  let i = start + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i += 1;
  const ranges: [string, string][] = [];
  for (let first = true; i < pattern.length; first = false) {
    if (pattern[i] === ']' && !first) return { element: { ranges, negated }, end: i };
    const low = pattern[i] === '\\' ? pattern[++i]! : pattern[i]!;
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      ranges.push([low, pattern[i + 2]!]);
      i += 3;
    } else {
      ranges.push([low, low]);
      i += 1;
    }
  }
  return null;
}

function parseAlternative(pattern: string): GlobAlternative {
  const pieces: GlobElement[][] = [[]];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const piece = pieces[pieces.length - 1]!;
    if (char === '*') {
      if (piece.length > 0 || pieces.length === 1) pieces.push([]);
    } else if (char === '?') piece.push({ any: true });
    else if (char === '\\' && i + 1 < pattern.length) piece.push({ char: pattern[++i]! });
    else if (char === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        piece.push(parsed.element);
        i = parsed.end;
      } else piece.push({ char });
    } else piece.push({ char });
  }
  const literal = (elements: readonly GlobElement[]): string => elements.map((element) => ('char' in element ? element.char : '\u0000')).join('');
  const prefix = literal(pieces[0]!);
  const suffix = literal(pieces[pieces.length - 1]!);
  return {
    pieces,
    literalPrefix: prefix.split('\u0000')[0]!,
    literalSuffix: suffix.slice(suffix.lastIndexOf('\u0000') + 1),
    hasStar: pieces.length > 1,
  };
}

const matchesElement = (element: GlobElement, char: string): boolean => {
  if ('char' in element) return element.char === char;
  if ('any' in element) return true;
  return element.ranges.some(([low, high]) => char >= low && char <= high) !== element.negated;
};

function pieceMatchesAt(piece: readonly GlobElement[], text: string, at: number): boolean {
  for (let i = 0; i < piece.length; i++) if (!matchesElement(piece[i]!, text[at + i]!)) return false;
  return true;
}

/** Star-separated pieces of fixed length: the leftmost place for each middle piece is always the right one. */
function matchesAlternative({ pieces, hasStar }: GlobAlternative, text: string): boolean {
  const first = pieces[0]!;
  if (!hasStar) return text.length === first.length && pieceMatchesAt(first, text, 0);
  const last = pieces[pieces.length - 1]!;
  const end = text.length - last.length;
  if (end < first.length || !pieceMatchesAt(first, text, 0) || !pieceMatchesAt(last, text, end)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    while (at + piece.length <= end && !pieceMatchesAt(piece, text, at)) at += 1;
    if (at + piece.length > end) return false;
    at += piece.length;
  }
  return true;
}

/** Compiles a case-insensitive host-name glob: `*`, `?`, `[a-z]`, `[!0-9]`, `{a,b}` and `\` to quote. */
export function compileHostGlob(pattern: string): HostGlob {
  if (pattern.length > MAX_GLOB_CHARS) throw new GlobError(`it is longer than ${MAX_GLOB_CHARS} characters`);
  const alternatives = expandBraces(pattern.toLowerCase()).map(parseAlternative);
  return {
    pattern,
    alternatives,
    matches: (host) => {
      const name = host.toLowerCase();
      return alternatives.some((alternative) => matchesAlternative(alternative, name));
    },
  };
}
