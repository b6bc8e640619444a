/**
 * The "learn next from" report of every city, and the words to render it in a language. Shared by the city
 * pages, the self-assessment's data and the open-data file /data/next-steps.json.
 */
import { formatLocator, t } from '../i18n';
import type { Language } from '../lib/languages';
import { nextSteps, type Learner, type NextStep, type Proof } from '../lib/next-steps';
import type { NextStepsWords } from '../lib/next-steps-view';
import type { PeerProfile } from '../lib/peers';
import { sitePath } from '../lib/site-path';
import { caseTitle, cityCasesFor, type SiteData } from './site';

type ReportData = Pick<SiteData, 'profiles' | 'proofs' | 'characteristics'>;

const laddersOf = (data: Pick<SiteData, 'characteristics'>) =>
  data.characteristics.flatMap((c) => (c.ladder ? [{ id: c.id, ladder: c.ladder }] : []));

/** The report for any learner: a city of the site or a self-assessment. */
export function reportFor(data: ReportData, learner: Learner): NextStep[] {
  const teachers = data.profiles.map((profile) => ({
    profile,
    proofs: data.proofs.get(profile.id) ?? new Map<string, Proof>(),
  }));
  return nextSteps({ learner, teachers, ladders: laddersOf(data) });
}

/** The report for one of the site's cities. */
export function cityReport(data: ReportData, cityId: string): NextStep<PeerProfile>[] {
  const profile = data.profiles.find((p) => p.id === cityId);
  if (!profile) return [];
  const proofs = data.proofs.get(cityId);
  return reportFor(data, { profile, meets: (criterion) => proofs?.has(criterion) ?? false });
}

/** The words of the report in one language, from the site's dictionaries and content. */
export function nextStepsWords(
  data: Pick<SiteData, 'characteristics' | 'cities' | 'casesByCity'>,
  lang: Language,
): NextStepsWords {
  const criterionText = new Map(
    data.characteristics
      .flatMap((c) => (c.ladder ? Object.values(c.ladder).flat() : []))
      .map((c) => [c.id, c.text[lang]]),
  );
  return {
    lang,
    text: (key, params) => t(lang, key, params),
    characteristicName: (id) => data.characteristics.find((c) => c.id === id)?.name[lang] ?? id,
    rungName: (rung) => t(lang, `level.${rung as 'basic'}`),
    criterionText: (id) => criterionText.get(id) ?? id,
    cityName: (id) => data.cities.find((c) => c.id === id)?.name[lang] ?? id,
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
