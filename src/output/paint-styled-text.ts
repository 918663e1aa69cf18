import { Chalk, type ChalkInstance } from 'chalk';
import type { ColorLevel } from '../shared/color-level.js';
import { escapeControls } from '../shared/escape-controls.js';
import type { StyledSpan, StyledText, TextStyle } from '../shared/styled-text.js';

/** How each meaning looks on a colour terminal. */
const LOOKS: Readonly<Record<TextStyle, (chalk: ChalkInstance) => ChalkInstance>> = {
  strong: (chalk) => chalk.bold,
  muted: (chalk) => chalk.gray,
  good: (chalk) => chalk.green,
  caution: (chalk) => chalk.yellow,
  bad: (chalk) => chalk.red,
  'verdict-good': (chalk) => chalk.green.bold,
  'verdict-caution': (chalk) => chalk.yellow.bold,
  'verdict-bad': (chalk) => chalk.red.bold,
  critical: (chalk) => chalk.red.bold,
  high: (chalk) => chalk.red,
  medium: (chalk) => chalk.yellow,
  low: (chalk) => chalk.gray,
  exploited: (chalk) => chalk.red.bold,
  target: (chalk) => chalk.cyan.bold,
  link: (chalk) => chalk.underline,
};

const painters = new Map<ColorLevel, ChalkInstance>();

/**
 * Terminal text from styled text: every segment's text escaped first (no control character from
 * data survives, line breaks and tabs inside a segment included), then styled at the colour level;
 * the only escape sequences in the result are the colours added here, the only line breaks those
 * that end its lines.
 */
export function paintStyledText(text: StyledText, level: ColorLevel): string {
  let chalk = painters.get(level);
  if (chalk === undefined) {
    chalk = new Chalk({ level });
    painters.set(level, chalk);
  }
  let painted = '';
  for (const line of text.lines) {
    for (const segment of line) {
      painted += typeof segment === 'string' ? escapeControls(segment, false) : paintSpan(segment, level, chalk);
    }
    painted += '\n';
  }
  return painted;
}

const paintSpan = (segment: StyledSpan, level: ColorLevel, chalk: ChalkInstance): string =>
  level === 0 ? escapeControls(segment.text, false) : LOOKS[segment.style](chalk)(escapeControls(segment.text, false));
