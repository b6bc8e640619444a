/**
 * "Prepare a city report" (issue 20, point 2): the self-assessment's answers and notes, with what a report needs
 * beyond them (who reports, the date it describes, a source per met criterion, the licence, the language), become
 * the file a city sends: a city report (src/schemas/city-report.ts, `cityReportSubmissionSchema`) that
 * `npm run contribution:add` accepts as it is. The city never reviews itself: the file says `"review": null`, and
 * the maintainer who adds it names the reviewer. Pure and browser-safe, free of zod: the page can run it at once.
 */
import type { ReportLicence } from './contributions';
import type { Language } from './languages';
import { otherLanguage } from './languages';
import type { SelfAssessment } from './self-assessment-state';
import type { CityReportSubmission, ReportSource } from '../schemas/city-report';
import type { NewCity } from '../schemas/city';

export interface ReportDetails {
  /** The city's id on the site; for a city the paper does not name, give `newCity` with the same id. */
  city: string;
  /** A city the paper does not name: names in both languages, country, region, coordinates, level. */
  newCity?: NewCity;
  reporter: { office: string; role: string; contact?: string };
  /** The date the report describes, YYYY-MM-DD. */
  asOf: string;
  /** The language the notes are written in. */
  language: Language;
  /** The notes in the other language, per criterion, and who translated them. */
  translation?: { by: string; notes: Record<string, string> };
  licence: ReportLicence;
  /** The source of each criterion answered yes. */
  sources: Record<string, ReportSource>;
}

type Result = { ok: true; report: CityReportSubmission } | { ok: false; reasons: string[] };

/**
 * The report, or the reasons it cannot be made yet (a met criterion with no note or no source), each naming the
 * criterion, so the page can ask for what is missing. Criteria answered "don't know" are left out: no evidence.
 */
export function cityReportFrom(state: SelfAssessment, criterionIds: readonly string[], details: ReportDetails): Result {
  const reasons: string[] = [];
  const other = otherLanguage(details.language);
  const criteria = criterionIds.flatMap((criterion): CityReportSubmission['criteria'] => {
    const answer = state.answers[criterion];
    if (answer !== 'yes' && answer !== 'no') return [];
    const note = state.notes[criterion]?.trim();
    const translated = details.translation?.notes[criterion]?.trim();
    const evidence = note
      ? { [details.language]: note, ...(details.translation && translated ? { [other]: translated } : {}) }
      : undefined;
    if (details.translation && note && !translated) reasons.push(`${criterion}: the note has no translation`);
    if (answer === 'no') return [{ criterion, status: 'not-met', ...(evidence ? { evidence } : {}) }];
    const source = details.sources[criterion];
    if (!evidence) reasons.push(`${criterion}: a criterion answered yes needs a note saying what shows it`);
    if (!source)
      reasons.push(`${criterion}: a criterion answered yes needs a source (a document, or "stated by the city")`);
    return evidence && source ? [{ criterion, status: 'met', evidence, source }] : [];
  });
  if (criteria.length === 0 && reasons.length === 0) reasons.push('no criterion is answered yes or no');
  if (reasons.length > 0) return { ok: false, reasons };
  const contact = details.reporter.contact?.trim();
  return {
    ok: true,
    report: {
      kind: 'city-report',
      city: details.city,
      asOf: details.asOf,
      reporter: { office: details.reporter.office, role: details.reporter.role, ...(contact ? { contact } : {}) },
      language: details.language,
      ...(details.translation ? { translation: { language: other, by: details.translation.by } } : {}),
      licence: details.licence,
      criteria,
      review: null,
      ...(details.newCity ? { newCity: details.newCity } : {}),
    },
  };
}

/** The file's name when downloaded: the city and the date it describes. */
export const cityReportFileName = (report: Pick<CityReportSubmission, 'city' | 'asOf'>) =>
  `city-report-${report.city}-${report.asOf}.json`;
