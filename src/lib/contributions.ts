/**
 * What a contribution is (issue 20: cities send dated, reviewed reports and cases from other sources): the
 * vocabularies and dates the schemas, the content check and the report the self-assessment prepares all use,
 * defined once. No zod here: the browser imports it.
 */

/**
 * The licences a city report is accepted under: open ones, so the site can publish the report and its
 * evidence as pages and open data (SPDX identifiers).
 */
export const reportLicences = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'] as const;
export type ReportLicence = (typeof reportLicences)[number];

/**
 * The licences a cited document may be under. A case is told in our own words and only cites its source, so a
 * document under plain copyright can be cited; it is never copied.
 */
export const documentLicences = [...reportLicences, 'all-rights-reserved'] as const;
export type DocumentLicence = (typeof documentLicences)[number];

/**
 * The earliest date a report may describe. The white paper is dated by its year only ("（2014 年）" on every
 * page; the latest event it dates is the pilot cities' meeting of 28–30 April 2014, ch7), and the site's
 * readings of it are "as of 2014". A report about a day of 2014 or later is not earlier than the paper; one
 * about 2013 would be.
 */
export const earliestReportDate = '2014-01-01';

/** The white paper's source id: a contribution never cites it as its own evidence. */
export const whitePaperSource = 'white-paper-2014';

/**
 * Every source a value's citations name (each `cite: { source }` at any depth), with its field path: the content
 * check sees which files cite what, the contribute page which cases come from another source.
 */
export function citedSources(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; source: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citedSources(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'cite' && v && typeof v === 'object' && 'source' in v
        ? [{ path: [...path, key, 'source'], source: String((v as { source: unknown }).source) }]
        : citedSources(v, [...path, key]),
    );
  }
  return [];
}

/** A report's id: `<city>/<asOf>`, its path under content/reports without `.json`. */
export const reportId = (city: string, asOf: string) => `${city}/${asOf}`;

/** The file name of a contributed city, beside its reports in content/reports/<city>/. */
export const contributedCityFile = 'city.json';

/** An ISO date (YYYY-MM-DD) that exists in the calendar. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date as YYYY-MM-DD (UTC), for "not in the future". */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);
