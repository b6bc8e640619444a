/**
 * The content as pages need it: collections loaded once, assessments scored with the shared
 * scoring module, case texts joined to their facts. Only .astro pages import this (astro:content).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { broaderTerms, caseFacetValues, foundThrough, type FoundThrough } from '../lib/case-facets';
import type { FacetValues } from '../lib/facets';
import type { CharacteristicId } from '../lib/levels';
import type { PeerProfile } from '../lib/peers';
import type { Proof } from '../lib/next-steps';
import { relatedCases } from '../lib/related';
import { casesShowingCriteria, criteriaShownByCases } from '../lib/case-criteria';
import { boundScores, table3Coverage } from '../lib/table3-bounds';
import type { CooperationRegion } from '../lib/places';
import { scoreAssessment, type CharacteristicScore } from '../lib/scoring';
import { languages, type Language } from '../lib/languages';

export type CaseEntry = {
  slug: string;
  facts: CollectionEntry<'caseFacts'>['data'];
  texts: Record<Language, CollectionEntry<'caseTexts'>>;
  facets: FacetValues;
  /** The funding and business values the case is found under only through a glossary relation, with why. */
  foundThrough: FoundThrough[];
};

export interface SiteData {
  characteristics: CollectionEntry<'characteristics'>['data'][];
  cities: CollectionEntry<'cities'>['data'][];
  assessments: Map<string, CollectionEntry<'assessments'>['data']>;
  /** Every city's ratings: its evidence, with Table 3's bounds applied where the table covers the city. */
  scores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
  /** The ratings the evidence alone gives, before Table 3's bounds (to compare with Table 3 itself). */
  evidenceScores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
  /** The cities Table 3 covers, per region. */
  table3Covered: Record<CooperationRegion, string[]>;
  cases: CaseEntry[];
  /** The cases naming each city, in catalogue order: city pages look them up per peer. */
  casesByCity: Map<string, CaseEntry[]>;
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  findings: CollectionEntry<'findings'>['data'][];
  /** Every city as the peer finder sees it. */
  profiles: PeerProfile[];
  /** Per case slug, the ladder criteria the case shows (src/lib/case-criteria.ts). */
  caseCriteria: Map<string, string[]>;
  /** Per criterion, the cases that show it, in catalogue order. */
  casesShowing: Map<string, CaseEntry[]>;
  /** Per city, the criteria its evidence says it meets, with the evidence and citation. */
  proofs: Map<string, Map<string, Proof>>;
  glossary: CollectionEntry<'glossary'>['data'][];
  /** A case's related cases, worked out once for both language versions of its page. */
  relatedTo: (entry: CaseEntry) => CaseEntry[];
}

let cached: Promise<SiteData> | undefined;

/**
 * A collection's entries in file-name order. Astro's loaders promise no order (Astro 7 changed it), so
 * every list the site shows starts from this one and sorts further only where a page says so.
 */
async function entriesOf<C extends CollectionKey>(collection: C) {
  const entries = await getCollection(collection);
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function load(): Promise<SiteData> {
  const characteristics = (await entriesOf('characteristics')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const cities = (await entriesOf('cities')).map((e) => e.data);
  const cityById = new Map(cities.map((city) => [city.id, city]));
  const assessments = new Map((await entriesOf('assessments')).map((e) => [e.data.city, e.data]));
  const evidenceScores = new Map(
    cities.map((city) => [city.id, scoreAssessment(characteristics, assessments.get(city.id)?.criteria ?? [])]),
  );
  const findings = (await entriesOf('findings')).map((e) => e.data);
  const table3 = findings.find((f) => f.kind === 'maturity-distribution');
  const table3Covered = table3Coverage(cities, table3?.euSample ?? []);
  const scores = table3 ? boundScores(evidenceScores, characteristics, table3.rows, table3Covered) : evidenceScores;
  const glossary = (await entriesOf('glossary')).map((e) => e.data);
  const broader = broaderTerms(glossary);
  // By id, not found by scanning: with thousands of cases a scan per case grows with the square.
  const texts = new Map((await entriesOf('caseTexts')).map((text) => [text.id, text]));
  const cases = (await entriesOf('caseFacts')).map((entry) => {
    const textIn = (lang: Language) => {
      const text = texts.get(`${entry.id}/${lang}`);
      // scripts/check-content.ts reports this first, naming the file; this guards `astro dev`.
      if (!text) throw new Error(`content/cases/${entry.id}/${lang}.mdx is missing`);
      return text;
    };
    const regionOf = (id: string) => cityById.get(id)?.region;
    return {
      slug: entry.id,
      facts: entry.data,
      texts: { zh: textIn('zh'), en: textIn('en') },
      facets: caseFacetValues(entry.data, regionOf, broader),
      foundThrough: foundThrough(entry.data, broader),
    };
  });
  const casesByCity = new Map<string, CaseEntry[]>(cities.map((city) => [city.id, []]));
  for (const entry of cases) for (const id of entry.facts.cities) casesByCity.get(id)?.push(entry);
  const sources = new Map((await entriesOf('sources')).map((e) => [e.data.id, e.data]));
  const profiles = cities.map((city) => ({
    id: city.id,
    region: city.region,
    adminLevel: city.adminLevel,
    districtType: city.districtType?.value,
    domains: [...new Set((casesByCity.get(city.id) ?? []).flatMap((c) => c.facts.serviceDomains))],
    levels: scores.get(city.id)!,
  }));
  const proofs = new Map(
    cities.map((city) => [
      city.id,
      new Map(
        (assessments.get(city.id)?.criteria ?? []).flatMap((c) =>
          c.status === 'met'
            ? [[c.criterion, { criterion: c.criterion, evidence: c.evidence, cite: c.cite }] as const]
            : [],
        ),
      ),
    ]),
  );
  const caseCriteria = criteriaShownByCases(cases, [...assessments.values()]);
  const caseBySlug = new Map(cases.map((c) => [c.slug, c]));
  const casesShowing = new Map(
    [...casesShowingCriteria(caseCriteria)].map(([criterion, slugs]) => [
      criterion,
      slugs.map((s) => caseBySlug.get(s)!),
    ]),
  );
  const related = new Map<string, CaseEntry[]>();
  const relatedTo = (entry: CaseEntry) => {
    let found = related.get(entry.slug);
    if (!found) related.set(entry.slug, (found = relatedCases(entry, cases)));
    return found;
  };
  return {
    characteristics,
    cities,
    assessments,
    scores,
    evidenceScores,
    table3Covered,
    cases,
    casesByCity,
    sources,
    findings,
    glossary,
    profiles,
    proofs,
    caseCriteria,
    casesShowing,
    relatedTo,
  };
}

export const siteData = (): Promise<SiteData> => (cached ??= load());

/** The language-prefixed static paths of a page. */
export const languagePaths = () => languages.map((lang) => ({ params: { lang } }));

/** A city's cases for one characteristic, the first `limit` in catalogue order (peers list two). */
export const cityCasesFor = (
  data: Pick<SiteData, 'casesByCity'>,
  cityId: string,
  characteristic: string,
  limit = 2,
): CaseEntry[] =>
  (data.casesByCity.get(cityId) ?? [])
    .filter((c) => (c.facts.characteristics as readonly string[]).includes(characteristic))
    .slice(0, limit);

export const caseTitle = (entry: CaseEntry, lang: Language) => entry.texts[lang].data.title;
