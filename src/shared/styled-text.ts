/**
 * What a piece of report text means. Renderers say what a piece is; the output edge decides how it
 * looks on a terminal (a colour, bold) or that it looks like nothing (colour off, files, pipes).
 */
export const TEXT_STYLES = [
  'strong',
  'muted',
  'good',
  'caution',
  'bad',
  'verdict-good',
  'verdict-caution',
  'verdict-bad',
  'critical',
  'high',
  'medium',
  'low',
  'exploited',
  'target',
  'link',
] as const;
export type TextStyle = (typeof TEXT_STYLES)[number];

export interface StyledSpan {
  readonly style: TextStyle;
  readonly text: string;
}

/** Text as it is, or text with a meaning to style. */
export type Segment = string | StyledSpan;

/** One line, without its line break. */
export type StyledLine = readonly Segment[];

/**
 * Text for people that carries data: lines of plain strings and styled spans, never escape
 * sequences. The output edge escapes every segment's text and only then styles it, and ends each
 * line; a line break or tab inside a segment is data and is written out (`\n`) like every other
 * control character, so data can neither reach a terminal as control codes nor forge a line.
 */
export interface StyledText {
  readonly lines: readonly StyledLine[];
}

export const span = (style: TextStyle, text: string): StyledSpan => ({ style, text });

export const segmentText = (segment: Segment): string => (typeof segment === 'string' ? segment : segment.text);

/** The text without its styles and before escaping, each line ended by a line break. */
export const plainText = (text: StyledText): string => text.lines.map((line) => `${line.map(segmentText).join('')}\n`).join('');

export function isStyledText(value: unknown): value is StyledText {
  return typeof value === 'object' && value !== null && 'lines' in value;
}
