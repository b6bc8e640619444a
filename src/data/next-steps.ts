/**
 * The "learn next from" report of every city, and the words to render it in a language. Shared by the city
 * pages, the self-assessment's data and the open-data file /data/next-steps.json.
 */
import { formatLocator, t } from '../i18n';
import type { Language } from '../lib/languages';
import {
  indexTeachers,
  nextSteps,
  type Learner,
  type NextStep,
  type Proof,
  type TeacherIndex,
} from '../lib/next-steps';
import type { NextStepsWords } from '../lib/next-steps-view';
import type { PeerProfile } from '../lib/peers';
import { sitePath } from '../lib/site-path';
import { caseTitle, cityCasesFor, type SiteData } from './site';

type ReportData = Pick<SiteData, 'profiles' | 'proofs' | 'characteristics'>;

const laddersOf = (data: Pick<SiteData, 'characteristics'>) =>
  data.characteristics.flatMap((c) => (c.ladder ? [{ id: c.id, ladder: c.ladder }] : []));

/** Every city as a teacher, indexed once per build (per loaded site data). */
const indexes = new WeakMap<ReportData, TeacherIndex>();
function teacherIndex(data: ReportData): TeacherIndex {
  let index = indexes.get(data);
  if (!index) {
    index = indexTeachers(
      data.profiles.map((profile) => ({ profile, proofs: data.proofs.get(profile.id) ?? new Map<string, Proof>() })),
    );
    indexes.set(data, index);
  }
  return index;
}

/** The report for any learner: a city of the site or a self-assessment. */
export function reportFor(data: ReportData, learner: Learner): NextStep[] {
  return nextSteps({ learner, teachers: teacherIndex(data), ladders: laddersOf(data) });
}

/**
 * Every city's report, worked out once per build: the city pages of both languages and next-steps.json read
 * their part, so no page walks the other cities.
 */
const reports = new WeakMap<ReportData, Map<string, NextStep[]>>();
function cityReports(data: ReportData): Map<string, NextStep[]> {
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
export const cityReport = (data: ReportData, cityId: string): NextStep<PeerProfile>[] =>
  cityReports(data).get(cityId) ?? [];

/** The words of the report in one language, from the site's dictionaries and content; made once per language. */
type WordsData = Pick<SiteData, 'characteristics' | 'cities' | 'casesByCity'>;
const wordsCache = new WeakMap<WordsData, Map<Language, NextStepsWords>>();
export function nextStepsWords(data: WordsData, lang: Language): NextStepsWords {
  let byLang = wordsCache.get(data);
  if (!byLang) wordsCache.set(data, (byLang = new Map<Language, NextStepsWords>()));
  let words = byLang.get(lang);
  if (!words) byLang.set(lang, (words = wordsIn(data, lang)));
  return words;
}

function wordsIn(data: WordsData, lang: Language): NextStepsWords {
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
    cityHref: (id, characteristic) => sitePath(`/${lang}/cities/${id}/#${characteristic}`),
    evidence: (proof) => proof.evidence[lang],
    citation: (at) => at.map((locator) => formatLocator(locator, lang)).join(t(lang, 'punct.list')),
    casesOf: (city, characteristic) =>
      cityCasesFor(data, city, characteristic).map((c) => ({
        title: caseTitle(c, lang),
        href: sitePath(`/${lang}/cases/${c.slug}/`),
      })),
    colon: t(lang, 'punct.colon'),
    clause: t(lang, 'punct.clause'),
  };
}
