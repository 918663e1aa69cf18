import { UsageError } from './errors.js';

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const DAY_MS = 86_400_000;
const LAST_EPOCH_SECOND = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The date N days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Today as YYYY-MM-DD: the date of SOURCE_DATE_EPOCH (seconds since 1970, UTC) for reproducible
 * runs, else the local calendar date of `now`.
 */
export function todayFrom(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const seconds = /^\d{1,12}$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : Number.NaN;
    if (!(seconds <= LAST_EPOCH_SECOND)) {
      throw new UsageError(`SOURCE_DATE_EPOCH must be seconds since 1970-01-01 up to the year 9999, not ${JSON.stringify(sourceDateEpoch.slice(0, 40))}`);
    }
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How many second Tuesdays of a month (Microsoft's monthly update day) fall after one date, up to and including another. */
export function secondTuesdaysAfter(from: string, to: string): number {
  let count = 0;
  for (let month = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); month.toISOString().slice(0, 10) <= to; month.setUTCMonth(month.getUTCMonth() + 1)) {
    const firstWeekday = month.getUTCDay();
    const secondTuesday = new Date(month.getTime() + (((2 - firstWeekday + 7) % 7) + 7) * DAY_MS).toISOString().slice(0, 10);
    if (secondTuesday > from && secondTuesday <= to) count += 1;
  }
  return count;
}
