/**
 * The content as pages need it: collections loaded once, assessments scored with the shared
 * scoring module, case texts joined to their facts. Only .astro pages import this (astro:content).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseFacetValues } from '../lib/case-facets';
import type { FacetValues } from '../lib/facets';
import type { CharacteristicId } from '../lib/levels';
import type { PeerProfile } from '../lib/peers';
import { scoreAssessment, type CharacteristicScore } from '../lib/scoring';
import type { Language } from '../schemas/localized';

export type CaseEntry = {
  slug: string;
  facts: CollectionEntry<'caseFacts'>['data'];
  texts: Record<Language, CollectionEntry<'caseTexts'>>;
  facets: FacetValues;
};

export interface SiteData {
  characteristics: CollectionEntry<'characteristics'>['data'][];
  cities: CollectionEntry<'cities'>['data'][];
  assessments: Map<string, CollectionEntry<'assessments'>['data']>;
  scores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
  cases: CaseEntry[];
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  findings: CollectionEntry<'findings'>['data'][];
  /** Every city as the peer finder sees it. */
  profiles: PeerProfile[];
  glossary: CollectionEntry<'glossary'>['data'][];
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const characteristics = (await getCollection('characteristics')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const cities = (await getCollection('cities')).map((e) => e.data);
  const assessments = new Map((await getCollection('assessments')).map((e) => [e.data.city, e.data]));
  const scores = new Map(
    cities.map((city) => [city.id, scoreAssessment(characteristics, assessments.get(city.id)?.criteria ?? [])]),
  );
  const texts = await getCollection('caseTexts');
  const cases = (await getCollection('caseFacts')).map((entry) => {
    const textIn = (lang: Language) => {
      const text = texts.find((t) => t.id === `${entry.id}/${lang}`);
      // scripts/check-content.ts reports this first, naming the file; this guards `astro dev`.
      if (!text) throw new Error(`content/cases/${entry.id}/${lang}.mdx is missing`);
      return text;
    };
    const regionOf = (id: string) => cities.find((c) => c.id === id)?.region;
    return {
      slug: entry.id,
      facts: entry.data,
      texts: { zh: textIn('zh'), en: textIn('en') },
      facets: caseFacetValues(entry.data, regionOf),
    };
  });
  const sources = new Map((await getCollection('sources')).map((e) => [e.data.id, e.data]));
  const findings = (await getCollection('findings')).map((e) => e.data);
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const profiles = cities.map((city) => ({
    id: city.id,
    region: city.region,
    adminLevel: city.adminLevel,
    districtType: city.districtType?.value,
    domains: [...new Set(cases.filter((c) => c.facts.cities.includes(city.id)).flatMap((c) => c.facts.serviceDomains))],
    levels: scores.get(city.id)!,
  }));
  return { characteristics, cities, assessments, scores, cases, sources, findings, glossary, profiles };
}

export const siteData = (): Promise<SiteData> => (cached ??= load());

/** The language-prefixed static paths of a page. */
export const languagePaths = () => [{ params: { lang: 'zh' } }, { params: { lang: 'en' } }];

export const caseTitle = (entry: CaseEntry, lang: Language) => entry.texts[lang].data.title;
