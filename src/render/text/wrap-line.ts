import { segmentText, type Segment, type StyledLine, type TextStyle } from '../../shared/styled-text.js';
import { displayWidth } from './display-width.js';

interface Piece {
  readonly style: TextStyle | null;
  readonly text: string;
}

/** A run of spaces, or a word: pieces (possibly of different styles) with no space between them. */
interface Unit {
  readonly space: boolean;
  readonly pieces: Piece[];
  width: number;
}

function unitsOf(line: StyledLine): Unit[] {
  const units: Unit[] = [];
  for (const segment of line) {
    const style = typeof segment === 'string' ? null : segment.style;
    for (const text of segmentText(segment).split(/( +)/)) {
      if (text === '') continue;
      const space = text.startsWith(' ');
      const last = units.at(-1);
      if (last && last.space === space) {
        last.pieces.push({ style, text });
        last.width += displayWidth(text);
      } else {
        units.push({ space, pieces: [{ style, text }], width: displayWidth(text) });
      }
    }
  }
  return units;
}

/** Pieces as segments, neighbours of one style joined again (one colour sequence per run, not per word). */
function segmentsOf(pieces: readonly Piece[]): Segment[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last && last.style === piece.style) joined[joined.length - 1] = { style: last.style, text: last.text + piece.text };
    else joined.push(piece);
  }
  return joined.map((piece) => (piece.style === null ? piece.text : { style: piece.style, text: piece.text }));
}

/**
 * The line broken at spaces into lines of at most `width` columns, each continuation starting with
 * `indent`; a word wider than the room is left whole on a line of its own (a host name is never cut).
 * With no width (a pipe, a file) the line stays as it is.
 */
export function wrapLine(line: StyledLine, width: number | null, indent: string): StyledLine[] {
  if (width === null) return [line];
  const units = unitsOf(line);
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  let hasWord = false;
  let pendingSpace: Unit | null = null;
  for (const unit of units) {
    if (unit.space) {
      if (hasWord) pendingSpace = unit;
      else {
        current.push(...unit.pieces);
        used += unit.width;
      }
      continue;
    }
    const spaceWidth = pendingSpace?.width ?? 0;
    if (hasWord && used + spaceWidth + unit.width > width) {
      lines.push(current);
      current = indent === '' ? [] : [{ style: null, text: indent }];
      used = displayWidth(indent);
    } else if (pendingSpace) {
      current.push(...pendingSpace.pieces);
      used += spaceWidth;
    }
    current.push(...unit.pieces);
    used += unit.width;
    hasWord = true;
    pendingSpace = null;
  }
  lines.push(current);
  return lines.map(segmentsOf);
}
