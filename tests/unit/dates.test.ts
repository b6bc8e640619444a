import { describe, expect, it } from 'vitest';
import { dateText, localDay, longDate, monthOf } from '../../src/lib/dates';

describe('longDate', () => {
  it('writes a day as English readers of the site expect (day, month name, year)', () => {
    expect(longDate('en', { year: 2026, month: 12, day: 6 })).toBe('6 December 2026');
    expect(longDate('en', { year: 2014, month: 1, day: 31 })).toBe('31 January 2014');
  });
  it('writes a day in Chinese order with 年月日 and no padding', () => {
    expect(longDate('zh', { year: 2026, month: 12, day: 6 })).toBe('2026年12月6日');
  });
  it('agrees with the browser formatter it replaces, every month', () => {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(2026, month - 1, 15);
      expect(longDate('en', localDay(date))).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date));
      expect(longDate('zh', localDay(date))).toBe(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(date));
    }
  });
});

describe('dateText', () => {
  it('writes a content date to the precision it was given, in both languages', () => {
    expect(dateText('en', '2026-03-01')).toBe('1 March 2026');
    expect(dateText('zh', '2026-03-01')).toBe('2026年3月1日');
    expect(dateText('en', '2025-11')).toBe('November 2025');
    expect(dateText('zh', '2025-11')).toBe('2025年11月');
    expect(dateText('en', '2024')).toBe('2024');
    expect(dateText('zh', '2024')).toBe('2024年');
  });
  it('leaves what is not a date as it is', () => {
    expect(dateText('en', 'spring 2026')).toBe('spring 2026');
  });
  it("names a report's month for a short attribution", () => {
    expect(monthOf('en', '2026-03-01')).toBe('March 2026');
    expect(monthOf('zh', '2026-03-01')).toBe('2026年3月');
  });
});
