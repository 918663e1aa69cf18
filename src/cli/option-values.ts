import type { OutputFile } from '../app/output-targets.js';
import { FORMAT_NAMES, type Format } from '../render/format-names.js';
import { isCalendarDate } from '../shared/calendar-date.js';

/** Option values as the command line accepts them; null for a value it refuses (commander then says why). */
export const dateValue = (value: string): string | null => (isCalendarDate(value) ? value : null);

export const wholeNumberValue = (value: string): number | null => (/^\d{1,6}$/.test(value) ? Number(value) : null);

export const positiveNumberValue = (value: string): number | null => {
  const number = wholeNumberValue(value);
  return number === null || number === 0 ? null : number;
};

export function outputFileValue(value: string): OutputFile | null {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  return match && (FORMAT_NAMES as readonly string[]).includes(match[1]!) ? { format: match[1] as Format, path: match[2]! } : null;
}

export const sha256Value = (value: string): string | null => (/^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : null);

export const choiceValue =
  <T extends string>(choices: readonly T[]) =>
  (value: string): T | null =>
    (choices as readonly string[]).includes(value) ? (value as T) : null;
