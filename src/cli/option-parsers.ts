import { InvalidArgumentError } from 'commander';
import type { OutputFile } from '../app/output-targets.js';
import { FORMAT_NAMES, type Format } from '../render/format-names.js';
import { isCalendarDate } from '../shared/calendar-date.js';

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
