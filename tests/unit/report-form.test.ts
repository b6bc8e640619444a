import { describe, expect, it } from 'vitest';
import {
  cityReportFile,
  emptyReportForm,
  emptySource,
  reportFormProblems,
  type ReportForm,
} from '../../src/lib/report-form';
import { emptyAssessment, type SelfAssessment } from '../../src/lib/self-assessment-state';
import { cityReportSubmissionSchema } from '../../src/schemas/city-report';

// Test data: criterion ids and cities shaped like the site's, not read from content/.
const criteria = ['data.basic.portal', 'data.average.apis', 'strategy.basic.vision-linked'];
const cities = new Set(['riga', 'ningbo']);
const today = '2026-03-20';

const answered = (): SelfAssessment => ({
  ...emptyAssessment(),
  answers: { 'data.basic.portal': 'yes', 'data.average.apis': 'no', 'strategy.basic.vision-linked': 'unknown' },
  notes: { 'data.basic.portal': 'A city data portal opened in 2025.', 'data.average.apis': 'Not yet.' },
});

const filled = (): ReportForm => ({
  ...emptyReportForm(),
  city: 'riga',
  office: 'Smart city office',
  role: 'Head of programme',
  asOf: '2026-03-01',
  language: 'en',
  licence: 'CC-BY-4.0',
  sources: {
    'data.basic.portal': {
      kind: 'document',
      title: 'Open data plan',
      publisher: 'City council',
      date: '2025-06',
      url: 'https://example.org/plan',
    },
  },
});

const fields = (form: ReportForm, state = answered()) =>
  reportFormProblems(form, state, criteria, cities, today).map((p) => `${p.field} ${p.code}`);

describe('the prepare-a-city-report form', () => {
  it('makes the file contribution:add accepts from a complete form, unreviewed, without the unknown answer', () => {
    const made = cityReportFile(filled(), answered(), criteria, cities, today);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(cityReportSubmissionSchema.parse(made.report)).toEqual(made.report);
    expect(made.report.review).toBeNull();
    expect(made.report.criteria.map((c) => [c.criterion, c.status])).toEqual([
      ['data.basic.portal', 'met'],
      ['data.average.apis', 'not-met'],
    ]);
    expect(made.report.criteria[0]).toMatchObject({ source: { kind: 'document', url: 'https://example.org/plan' } });
  });

  it('names every empty required field, and nothing for the optional contact', () => {
    expect(fields({ ...emptyReportForm(), sources: filled().sources })).toEqual([
      'city required',
      'office required',
      'role required',
      'asOf required',
      'language required',
      'licence required',
    ]);
  });

  it('rejects a city not on the list and dates that are malformed, in the future or before the paper', () => {
    expect(fields({ ...filled(), city: 'atlantis' })).toEqual(['city unknown-city']);
    expect(fields({ ...filled(), asOf: '1 March 2026' })).toEqual(['asOf date-format']);
    expect(fields({ ...filled(), asOf: '2026-13-01' })).toEqual(['asOf date-format']);
    expect(fields({ ...filled(), asOf: '2026-03-21' })).toEqual(['asOf date-future']);
    expect(fields({ ...filled(), asOf: '2013-12-31' })).toEqual(['asOf date-before-paper']);
    expect(fields({ ...filled(), asOf: '2014-01-01' })).toEqual([]);
  });

  it('asks each criterion answered yes for a note and a source, and checks a document part by part', () => {
    const state = { ...answered(), notes: { 'data.average.apis': 'Not yet.' } };
    expect(fields({ ...filled(), sources: {} }, state)).toEqual([
      'note:data.basic.portal note-missing',
      'source:data.basic.portal:kind source-kind',
    ]);
    const document = { ...emptySource(), kind: 'document' as const, date: 'June 2025', url: 'example.org' };
    expect(fields({ ...filled(), sources: { 'data.basic.portal': document } })).toEqual([
      'source:data.basic.portal:title required',
      'source:data.basic.portal:publisher required',
      'source:data.basic.portal:date document-date',
      'source:data.basic.portal:url url',
    ]);
    expect(
      fields({ ...filled(), sources: { 'data.basic.portal': { ...emptySource(), kind: 'stated-by-city' } } }),
    ).toEqual([]);
  });

  it('needs at least one criterion answered yes or no, and no source for a criterion answered no', () => {
    expect(fields(filled(), emptyAssessment())).toEqual(['answers nothing-answered']);
    const onlyNo = { ...emptyAssessment(), answers: { 'data.average.apis': 'no' as const } };
    expect(fields({ ...filled(), sources: {} }, onlyNo)).toEqual([]);
  });

  it('keeps the typed values it was given: problems never change the form', () => {
    const form = { ...filled(), asOf: '2030-01-01' };
    const before = structuredClone(form);
    expect(cityReportFile(form, answered(), criteria, cities, today).ok).toBe(false);
    expect(form).toEqual(before);
  });
});
