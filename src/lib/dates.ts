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

/** "March 2026" or "2026年3月": when a city report is cited in a short attribution. */
export const monthYear = (lang: Language, { year, month }: Pick<CalendarDay, 'year' | 'month'>): string =>
  lang === 'zh' ? `${year}年${month}月` : `${months[month - 1]} ${year}`;

/**
 * A date as content writes it (YYYY, YYYY-MM or YYYY-MM-DD: a report's day, a document's publication) in words,
 * to the precision it was given; anything else is returned as it is.
 */
export function dateText(lang: Language, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])];
  if (!month) return lang === 'zh' ? `${year}年` : String(year);
  if (!day) return monthYear(lang, { year, month });
  return longDate(lang, { year, month, day });
}

/** The month of an ISO day in words: "March 2026" / "2026年3月". */
export const monthOf = (lang: Language, iso: string) => dateText(lang, iso.slice(0, 7));
