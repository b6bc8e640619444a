/**
 * The self-assessment's "prepare a city report" form (issue 20, point 2): what a report needs beyond the answers,
 * as the user typed it, checked field by field before the file is made with `cityReportFrom` (src/lib/city-report.ts).
 * Every problem names its field (the form control's name) and a code the page words in its language, so nothing
 * the user typed is lost and each message sits beside its field. Pure and browser-safe, free of zod.
 */
import { cityReportFrom, type ReportDetails } from './city-report';
import { reportLicences, type ReportLicence } from './contributions';
import { languages, type Language } from './languages';
import type { SelfAssessment } from './self-assessment-state';
import type { CityReportSubmission, ReportSource } from '../schemas/city-report';

/** A met criterion's source as typed: the city's own statement, or a document. */
export interface SourceInput {
  kind: 'stated-by-city' | 'document' | '';
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export interface ReportForm {
  city: string;
  office: string;
  role: string;
  contact: string;
  asOf: string;
  language: Language | '';
  licence: ReportLicence | '';
  /** By criterion id; only criteria answered "yes" need one. */
  sources: Record<string, SourceInput>;
}

export const emptyReportForm = (): ReportForm => ({
  city: '',
  office: '',
  role: '',
  contact: '',
  asOf: '',
  language: '',
  licence: '',
  sources: {},
});

export const emptySource = (): SourceInput => ({ kind: '', title: '', publisher: '', date: '', url: '' });

/** What can be wrong, each worded by the page (`report.problem.<code>`). */
export const formProblemCodes = [
  'required',
  'unknown-city',
  'date-format',
  'date-future',
  'date-before-paper',
  'source-kind',
  'document-date',
  'url',
  'note-missing',
  'nothing-answered',
] as const;
export type FormProblemCode = (typeof formProblemCodes)[number];

export interface FormProblem {
  /** The form control's name: `office`, `asOf`, `source:<criterion>:url`, `note:<criterion>`, `answers`. */
  field: string;
  code: FormProblemCode;
  /** The criterion the problem is about, for a source or a note. */
  criterion?: string;
}

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const documentDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** The paper is dated by its year: a report describes 1 January 2014 or later (docs/contributing.md). */
export const earliestReportDate = '2014-01-01';

const isUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Every problem of the form for these answers, in the order of the form; none when the file can be made. */
export function reportFormProblems(
  form: ReportForm,
  state: SelfAssessment,
  criterionIds: readonly string[],
  cityIds: ReadonlySet<string>,
  today: string,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const need = (field: keyof ReportForm, value: string) => {
    if (!value.trim()) problems.push({ field, code: 'required' });
    return Boolean(value.trim());
  };
  if (need('city', form.city) && !cityIds.has(form.city)) problems.push({ field: 'city', code: 'unknown-city' });
  need('office', form.office);
  need('role', form.role);
  if (need('asOf', form.asOf)) {
    if (!isoDay.test(form.asOf)) problems.push({ field: 'asOf', code: 'date-format' });
    else if (form.asOf > today) problems.push({ field: 'asOf', code: 'date-future' });
    else if (form.asOf < earliestReportDate) problems.push({ field: 'asOf', code: 'date-before-paper' });
  }
  if (need('language', form.language) && !languages.includes(form.language as Language))
    problems.push({ field: 'language', code: 'required' });
  if (need('licence', form.licence) && !reportLicences.includes(form.licence as ReportLicence))
    problems.push({ field: 'licence', code: 'required' });

  const answered = criterionIds.filter((id) => state.answers[id] === 'yes' || state.answers[id] === 'no');
  if (answered.length === 0) problems.push({ field: 'answers', code: 'nothing-answered' });
  for (const criterion of answered) {
    if (state.answers[criterion] !== 'yes') continue;
    if (!state.notes[criterion]?.trim()) problems.push({ field: `note:${criterion}`, code: 'note-missing', criterion });
    const source = form.sources[criterion] ?? emptySource();
    const field = (part: string) => `source:${criterion}:${part}`;
    if (source.kind === '') problems.push({ field: field('kind'), code: 'source-kind', criterion });
    if (source.kind !== 'document') continue;
    for (const part of ['title', 'publisher', 'date', 'url'] as const)
      if (!source[part].trim()) problems.push({ field: field(part), code: 'required', criterion });
    if (source.date.trim() && !documentDate.test(source.date.trim()))
      problems.push({ field: field('date'), code: 'document-date', criterion });
    if (source.url.trim() && !isUrl(source.url.trim())) problems.push({ field: field('url'), code: 'url', criterion });
  }
  return problems;
}

const sourceOf = (input: SourceInput): ReportSource =>
  input.kind === 'document'
    ? {
        kind: 'document',
        title: input.title.trim(),
        publisher: input.publisher.trim(),
        date: input.date.trim(),
        url: input.url.trim(),
      }
    : { kind: 'stated-by-city' };

/** The report's details from a form without problems: the met criteria's sources, trimmed. */
export function reportDetailsOf(
  form: ReportForm,
  state: SelfAssessment,
  criterionIds: readonly string[],
): ReportDetails {
  const contact = form.contact.trim();
  return {
    city: form.city,
    reporter: { office: form.office.trim(), role: form.role.trim(), ...(contact ? { contact } : {}) },
    asOf: form.asOf,
    language: form.language as Language,
    licence: form.licence as ReportLicence,
    sources: Object.fromEntries(
      criterionIds
        .filter((id) => state.answers[id] === 'yes')
        .map((id) => [id, sourceOf(form.sources[id] ?? emptySource())]),
    ),
  };
}

/** The file for these answers and this form, or the form's problems. */
export function cityReportFile(
  form: ReportForm,
  state: SelfAssessment,
  criterionIds: readonly string[],
  cityIds: ReadonlySet<string>,
  today: string,
): { ok: true; report: CityReportSubmission } | { ok: false; problems: FormProblem[] } {
  const problems = reportFormProblems(form, state, criterionIds, cityIds, today);
  if (problems.length > 0) return { ok: false, problems };
  const made = cityReportFrom(state, criterionIds, reportDetailsOf(form, state, criterionIds));
  // The form's checks cover every reason cityReportFrom has; should one remain, it is the answers'.
  if (!made.ok) return { ok: false, problems: [{ field: 'answers', code: 'nothing-answered' }] };
  return { ok: true, report: made.report };
}
