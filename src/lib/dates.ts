/**
 * A calendar day written out in each language, without Intl: building a date formatter loads the locale's
 * calendar data, about 100 ms of main-thread work on a slow phone (it made the self-assessment's first task
 * long). The day is taken as written (year, month, day), never shifted by a time zone.
 */
import type { Language } from './languages';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface CalendarDay {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

/** "6 December 2026" (British order, as the site's English) or "2026年12月6日". */
export function longDate(lang: Language, { year, month, day }: CalendarDay): string {
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${months[month - 1]} ${year}`;
}

/** The local calendar day of a moment, as the reader's clock shows it. */
export const localDay = (date: Date): CalendarDay => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
});
