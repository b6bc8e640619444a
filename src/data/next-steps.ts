/**
 * The "learn next from" report of every city, and the words to render it in a language. Shared by the city
 * pages, the self-assessment's data and the open-data file /data/next-steps.json.
 */
import { formatLocator, t } from '../i18n';
import { htmlLang, type Language } from '../lib/languages';
import { monthOf, dateText } from '../lib/dates';
import { evidenceIn, type ReportedBy } from '../lib/readings';
import { indexTeachers, nextSteps, type Learner, type NextStep, type TeacherIndex } from '../lib/next-steps';
import type { NextStepsWords } from '../lib/next-steps-view';
import type { PeerProfile } from '../lib/peers';
import { sitePath } from '../lib/site-path';
import { reportAnchor } from '../lib/anchors';
import { caseTitle, cityCasesFor, type EvidenceProof, type EvidenceSet, type SiteData } from './site';

/** The evidence a report rests on: the paper's only, or every city's latest reading (src/data/site.ts). */
type ReportData = Pick<EvidenceSet, 'profiles' | 'proofs' | 'characteristics'>;

const laddersOf = (data: Pick<SiteData, 'characteristics'>) =>
  data.characteristics.flatMap((c) => (c.ladder ? [{ id: c.id, ladder: c.ladder }] : []));

/** Every city as a teacher, indexed once per build (per loaded site data). */
const indexes = new WeakMap<ReportData, TeacherIndex<PeerProfile, EvidenceProof>>();
function teacherIndex(data: ReportData): TeacherIndex<PeerProfile, EvidenceProof> {
  let index = indexes.get(data);
  if (!index) {
    index = indexTeachers(
      data.profiles.map((profile) => ({
        profile,
        proofs: data.proofs.get(profile.id) ?? new Map<string, EvidenceProof>(),
      })),
    );
    indexes.set(data, index);
  }
  return index;
}

/** The report for any learner: a city of the site or a self-assessment. */
export function reportFor(data: ReportData, learner: Learner): NextStep<PeerProfile, EvidenceProof>[] {
  return nextSteps({ learner, teachers: teacherIndex(data), ladders: laddersOf(data) });
}

/**
 * Every city's report, worked out once per build: the city pages of both languages and next-steps.json read
 * their part, so no page walks the other cities.
 */
const reports = new WeakMap<ReportData, Map<string, NextStep<PeerProfile, EvidenceProof>[]>>();
function cityReports(data: ReportData): Map<string, NextStep<PeerProfile, EvidenceProof>[]> {
  let all = reports.get(data);
  if (!all) {
    all = new Map(
      data.profiles.map((profile) => {
        const proofs = data.proofs.get(profile.id);
        return [profile.id, reportFor(data, { profile, meets: (criterion) => proofs?.has(criterion) ?? false })];
      }),
    );
    reports.set(data, all);
  }
  return all;
}

/** The report for one of the site's cities. */
export const cityReport = (data: ReportData, cityId: string): NextStep<PeerProfile, EvidenceProof>[] =>
  cityReports(data).get(cityId) ?? [];

/** The words of the report in one language, from the site's dictionaries and content; made once per language. */
type WordsData = Pick<SiteData, 'characteristics' | 'cities' | 'casesByCity'>;
const wordsCache = new WeakMap<WordsData, Map<Language, NextStepsWords<EvidenceProof>>>();
export function nextStepsWords(data: WordsData, lang: Language): NextStepsWords<EvidenceProof> {
  let byLang = wordsCache.get(data);
  if (!byLang) wordsCache.set(data, (byLang = new Map<Language, NextStepsWords<EvidenceProof>>()));
  let words = byLang.get(lang);
  if (!words) byLang.set(lang, (words = wordsIn(data, lang)));
  return words;
}

function wordsIn(data: WordsData, lang: Language): NextStepsWords<EvidenceProof> {
  const shownEvidence = (proof: EvidenceProof) => evidenceIn(lang, proof.evidence, proof.reported?.language ?? lang);
  const criterionText = new Map(
    data.characteristics
      .flatMap((c) => (c.ladder ? Object.values(c.ladder).flat() : []))
      .map((c) => [c.id, c.text[lang]]),
  );
  const characteristicNames = new Map<string, string>(data.characteristics.map((c) => [c.id, c.name[lang]]));
  const cityNames = new Map(data.cities.map((c) => [c.id, c.name[lang]]));
  return {
    lang,
    text: (key, params) => t(lang, key, params),
    characteristicName: (id) => characteristicNames.get(id) ?? id,
    rungName: (rung) => t(lang, `level.${rung as 'basic'}`),
    criterionText: (id) => criterionText.get(id) ?? id,
    cityName: (id) => cityNames.get(id) ?? id,
    cityHref: (id, characteristic, proof) =>
      sitePath(`/${lang}/cities/${id}/#${proof?.reported ? reportAnchor(proof.reported.asOf) : characteristic}`),
    evidence: (proof) => shownEvidence(proof)?.text ?? '',
    evidenceLang: (proof) => {
      const shown = shownEvidence(proof);
      return shown && shown.lang !== lang ? htmlLang[shown.lang] : undefined;
    },
    citation: (proof) => (proof.reported ? reportedCitation(lang, proof.reported) : paperCitation(lang, proof.cite.at)),
    casesOf: (city, characteristic) =>
      cityCasesFor(data, city, characteristic).map((c) => ({
        title: caseTitle(c, lang),
        href: sitePath(`/${lang}/cases/${c.slug}/`),
      })),
    colon: t(lang, 'punct.colon'),
    clause: t(lang, 'punct.clause'),
  };
}

/** "Reported by the city, March 2026, reviewed; source: …": whose evidence a lesson's criterion is, and of when. */
export function reportedCitation(lang: Language, reported: ReportedBy, shownIn: Language = lang): string {
  const source =
    reported.source.kind === 'document'
      ? [reported.source.title, reported.source.publisher, dateText(lang, reported.source.date)].join(
          t(lang, 'punct.list'),
        )
      : t(lang, 'readings.stated');
  const untranslated =
    shownIn === lang ? '' : ` ${t(lang, 'readings.untranslated', { language: t(lang, `language.${shownIn}`) })}`;
  return `${t(lang, 'readings.reportedProof', { date: monthOf(lang, reported.asOf) })}${t(lang, 'punct.clause')}${t(
    lang,
    'readings.source',
  )}${t(lang, 'punct.colon')}${source}${untranslated}`;
}

/** Where the paper says so: its chapters, sections and boxes, in words. */
export const paperCitation = (lang: Language, at: readonly string[]) =>
  at.map((locator) => formatLocator(locator, lang)).join(t(lang, 'punct.list'));
