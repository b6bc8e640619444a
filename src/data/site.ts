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
import { latestReading, readingsByCity, type Reading, type ReportedBy } from '../lib/readings';

/** A city the paper names. */
export type PaperCity = CollectionEntry<'cities'>['data'];
/** A city the paper does not name, brought by a city's own report (issue 20): never a pilot, never in Table 3. */
export type ContributedCity = CollectionEntry<'contributedCities'>['data'] & {
  role: 'contributed';
  districtType?: undefined;
};
export type SiteCity = PaperCity | ContributedCity;
/** A reviewed city report, with its id "<city>/<asOf>". */
export interface ReportEntry {
  id: string;
  data: CollectionEntry<'reports'>['data'];
}
/** Evidence in the languages it was given in: the paper's in both, a report's in its own and its translation's. */
export type LocalText = Partial<Record<Language, string>>;
export type EvidenceProof = Proof<LocalText>;
/**
 * The evidence a report of "learn next from" (or a count) rests on: the paper's reading of every city, or every
 * city's latest reading (its newest reviewed report, else the paper's). Never a mix within one city.
 */
export interface EvidenceSet {
  characteristics: SiteData['characteristics'];
  profiles: PeerProfile[];
  proofs: Map<string, Map<string, EvidenceProof>>;
  scores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
}

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
  /** The paper's cities and the cities reports bring, in id order. */
  cities: SiteCity[];
  cityById: Map<string, SiteCity>;
  assessments: Map<string, CollectionEntry<'assessments'>['data']>;
  /** Reviewed city reports, by city then date. */
  reports: ReportEntry[];
  /** Per city, its readings: the paper's (where the paper has one), then its reports, oldest first. */
  readings: Map<string, Reading<LocalText>[]>;
  /** Per report id, the levels the report's own evidence gives (no Table 3 bounds: those are the paper's). */
  reportScores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
  /** The paper's evidence only, and every city's latest reading: the same object while no report exists. */
  paperEvidence: EvidenceSet;
  latestEvidence: EvidenceSet;
  /** Every city's ratings by the paper's reading: its evidence, with Table 3's bounds where the table covers the city. */
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
  const contributed = (await entriesOf('contributedCities')).map((e) => ({ ...e.data, role: 'contributed' as const }));
  const cities: SiteCity[] = [...(await entriesOf('cities')).map((e) => e.data), ...contributed].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
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
  const paperEvidence: EvidenceSet = { characteristics, profiles, proofs, scores };

  // Issue 20: the cities' own reviewed reports, each a reading of its own; a city's latest reading replaces the
  // paper's wherever the newest evidence is asked for, whole, never merged criterion by criterion.
  const reports = (await entriesOf('reports')).map((e) => ({ id: e.id, data: e.data }));
  const readings = readingsByCity<{ zh: string; en: string }, LocalText>(
    [...assessments.values()],
    reports.map((r) => ({ id: r.id, report: r.data })),
  );
  const reportScores = new Map(reports.map((r) => [r.id, scoreAssessment(characteristics, r.data.criteria)]));
  const reportById = new Map(reports.map((r) => [r.id, r.data]));
  // While no report exists the two are one object, so nothing keyed by it is worked out twice.
  const latestEvidence: EvidenceSet = reports.length === 0 ? paperEvidence : latestSet();
  function latestSet(): EvidenceSet {
    const latestScores = new Map(scores);
    const latestProofs = new Map<string, Map<string, EvidenceProof>>(proofs);
    for (const city of cities) {
      const source = latestReading(readings.get(city.id))?.source;
      if (source?.kind !== 'city-report') continue;
      const id = source.report;
      const report = reportById.get(id)!;
      latestScores.set(city.id, reportScores.get(id)!);
      latestProofs.set(
        city.id,
        new Map(
          report.criteria.flatMap((c) =>
            c.status === 'met'
              ? [
                  [
                    c.criterion,
                    {
                      criterion: c.criterion,
                      evidence: c.evidence,
                      cite: { at: [] },
                      reported: reportedBy(id, report, c.source),
                    },
                  ] as const,
                ]
              : [],
          ),
        ),
      );
    }
    return {
      characteristics,
      profiles: profiles.map((p) => ({ ...p, levels: latestScores.get(p.id)! })),
      proofs: latestProofs,
      scores: latestScores,
    };
  }

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
    cityById,
    reports,
    readings,
    reportScores,
    paperEvidence,
    latestEvidence,
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

/** Whose evidence a report's met criterion is: the report, its dates and reviewer, its languages and source. */
function reportedBy(id: string, report: ReportEntry['data'], source: ReportedBy['source']): ReportedBy {
  return {
    report: id,
    asOf: report.asOf,
    reviewer: report.review.reviewer,
    reviewedOn: report.review.reviewedOn,
    language: report.language,
    ...(report.translation ? { translatedBy: report.translation.by } : {}),
    source,
  };
}

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
