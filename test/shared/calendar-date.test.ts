import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, todayFrom } from '../../src/shared/calendar-date.js';
import { UsageError } from '../../src/shared/errors.js';
import { runInProcess } from '../support/run-in-process.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('counts whole days and adds them across month and year ends', () => {
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(daysBetween('2026-03-01', '2025-12-31')).toBe(-60);
    expect(addDays('2025-12-31', 60)).toBe('2026-03-01');
  });
});

describe('today', () => {
  it('is the local date of the clock without SOURCE_DATE_EPOCH', () => {
    expect(todayFrom(undefined, new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(todayFrom('', new Date(2026, 0, 2, 0, 1))).toBe('2026-01-02');
  });

  it('takes the date of SOURCE_DATE_EPOCH for reproducible runs', async () => {
    expect(todayFrom('1183248000', new Date())).toBe('2007-07-01');
    const { stdout } = await runInProcess(['8.0.708.3', '-f', 'json'], { env: { SOURCE_DATE_EPOCH: '1183248000' } });
    expect(JSON.parse(stdout)).toMatchObject({ asOf: '2007-07-01', recommended: { name: 'Exchange 2007 RU3' } });
  });

  it.each(['yesterday', '-1', '999999999999', '1e9'])('refuses SOURCE_DATE_EPOCH=%s as a usage error', (epoch) => {
    expect(() => todayFrom(epoch, new Date())).toThrow(UsageError);
  });
});
