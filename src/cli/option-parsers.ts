import { InvalidArgumentError } from 'commander';
import type { OutputFile } from '../app/output-targets.js';
import { FORMAT_NAMES } from '../render/format-names.js';
import { dateValue, outputFileValue, sha256Value, wholeNumberValue } from './option-values.js';
import { DISPLAY_SEVERITIES, type DisplaySeverity } from '../gate/display-filter.js';

function required<T>(value: T | null, message: string): T {
  if (value === null) throw new InvalidArgumentError(message);
  return value;
}

export const parseDateOption = (value: string): string => required(dateValue(value), 'expected a date as YYYY-MM-DD.');

export const parseWholeNumber = (value: string): number => required(wholeNumberValue(value), 'expected a whole number.');

export function parsePositiveNumber(value: string): number {
  const number = parseWholeNumber(value);
  if (number === 0) throw new InvalidArgumentError('expected at least 1.');
  return number;
}

export const parseOutputFile = (value: string, previous: OutputFile[] = []): OutputFile[] => [
  ...previous,
  required(outputFileValue(value), `expected FORMAT=FILE with FORMAT one of ${FORMAT_NAMES.join(', ')}.`),
];

export const parseSha256 = (value: string): string => required(sha256Value(value), 'expected 64 hexadecimal digits.');

export const collectValues = (value: string, previous: string[] = []): string[] => [...previous, value];

export const collectIds = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
];

/** `--severity critical,high`: the severities a display shows (repeatable). */
export function parseSeverities(value: string, previous: DisplaySeverity[] = []): DisplaySeverity[] {
  const words = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  const unknown = words.filter((word) => !(DISPLAY_SEVERITIES as readonly string[]).includes(word));
  if (words.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected severities from ${DISPLAY_SEVERITIES.join(', ')}.`);
  return [...previous, ...(words as DisplaySeverity[])];
}
