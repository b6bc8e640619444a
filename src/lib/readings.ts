/**
 * A city's readings (issue 20): the site's reading of the 2014 paper, and each reviewed city report, oldest
 * first. They are never blended: a city's "latest reading" is its newest report where it has one, else the
 * paper's; Table 3's bounds belong to the paper's reading only. Pure and browser-safe (no zod).
 */
import type { Language } from './languages';
import type { CriterionStatus } from './scoring';

/** What a report's met criterion rests on: a published document, or the city's own statement. */
export type ReportedSource =
  { kind: 'document'; title: string; publisher: string; date: string; url: string } | { kind: 'stated-by-city' };

/**
 * Whose evidence a proof is when it is not the paper's: the city's report, of when, who reviewed it, the
 * language its words are in (and the translation's, by whom) and the source of the criterion.
 */
export interface ReportedBy {
  report: string;
  asOf: string;
  reviewer: string;
  reviewedOn: string;
  language: Language;
  translatedBy?: string;
  source: ReportedSource;
}

/** The kinds of reading, defined once: the site's reading of the 2014 paper, and a city's own reviewed report. */
export const readingSources = ['paper', 'city-report'] as const;
export type ReadingSourceKind = (typeof readingSources)[number];

/** Whose evidence a reading is, and of when. */
export type ReadingSource =
  | { kind: 'paper'; asOf: 2014 }
  | { kind: 'city-report'; report: string; asOf: string; reviewer: string; reviewedOn: string };

export interface Reading<Evidence = unknown> {
  city: string;
  source: ReadingSource;
  criteria: readonly { criterion: string; status: CriterionStatus }[];
  /** The met criteria with the evidence that meets them. */
  proofs: readonly { criterion: string; evidence: Evidence }[];
}

interface PaperReadingInput<E> {
  city: string;
  criteria: readonly (
    { criterion: string; status: 'met'; evidence: E } | { criterion: string; status: CriterionStatus }
  )[];
}

interface ReportInput<E> {
  id: string;
  report: {
    city: string;
    asOf: string;
    criteria: readonly { criterion: string; status: 'met' | 'not-met'; evidence?: E }[];
    review: { reviewer: string; reviewedOn: string };
  };
}

const proofsOf = <E>(criteria: readonly { criterion: string; status: string; evidence?: E }[]) =>
  criteria.flatMap((c) =>
    c.status === 'met' && c.evidence !== undefined ? [{ criterion: c.criterion, evidence: c.evidence }] : [],
  );

/** Every city's readings, the paper's first, then its reports by date. */
export function readingsByCity<PE, RE>(
  paper: readonly PaperReadingInput<PE>[],
  reports: readonly ReportInput<RE>[],
): Map<string, Reading<PE | RE>[]> {
  const byCity = new Map<string, Reading<PE | RE>[]>();
  const add = (reading: Reading<PE | RE>) => byCity.set(reading.city, [...(byCity.get(reading.city) ?? []), reading]);
  for (const a of paper) {
    add({
      city: a.city,
      source: { kind: 'paper', asOf: 2014 },
      criteria: a.criteria,
      proofs: proofsOf(a.criteria as readonly { criterion: string; status: string; evidence?: PE }[]),
    });
  }
  const dated = [...reports].sort((x, y) => x.report.asOf.localeCompare(y.report.asOf) || x.id.localeCompare(y.id));
  for (const { id, report } of dated) {
    add({
      city: report.city,
      source: {
        kind: 'city-report',
        report: id,
        asOf: report.asOf,
        reviewer: report.review.reviewer,
        reviewedOn: report.review.reviewedOn,
      },
      criteria: report.criteria,
      proofs: proofsOf(report.criteria),
    });
  }
  return byCity;
}

/** The reading a city counts by when the newest evidence is wanted: its newest report, else the paper's. */
export const latestReading = <R>(readings: readonly R[] | undefined): R | undefined => readings?.at(-1);

/** The paper's reading of a city, if the paper has one. */
export const paperReading = <E>(readings: readonly Reading<E>[] | undefined) =>
  readings?.find((r) => r.source.kind === 'paper');

/**
 * A report's evidence for a page in `lang`: in that language where the report gives it (its own, or the declared
 * translation), otherwise as the city wrote it, marked with its language. Never a machine's translation.
 */
export function evidenceIn(
  lang: Language,
  evidence: Partial<Record<Language, string>>,
  written: Language,
): { text: string; lang: Language; translated: boolean; asWritten: boolean } | undefined {
  const own = evidence[lang];
  if (own !== undefined) return { text: own, lang, translated: lang !== written, asWritten: lang === written };
  const original = evidence[written];
  return original === undefined ? undefined : { text: original, lang: written, translated: false, asWritten: true };
}
