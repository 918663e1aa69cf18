import { InvalidArgumentError } from 'commander';
import type { OutputFile } from '../app/output-targets.js';
import { FORMAT_NAMES, type Format } from '../render/format-names.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { DISPLAY_SEVERITIES, type DisplaySeverity } from '../gate/display-filter.js';

export function parseDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

export function parseWholeNumber(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

export function parsePositiveNumber(value: string): number {
  const number = parseWholeNumber(value);
  if (number === 0) throw new InvalidArgumentError('expected at least 1.');
  return number;
}

export function parseOutputFile(value: string, previous: OutputFile[] = []): OutputFile[] {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  if (!match || !(FORMAT_NAMES as readonly string[]).includes(match[1]!)) {
    throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${FORMAT_NAMES.join(', ')}.`);
  }
  return [...previous, { format: match[1] as Format, path: match[2]! }];
}

export function parseSha256(value: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new InvalidArgumentError('expected 64 hexadecimal digits.');
  return value.toLowerCase();
}

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
