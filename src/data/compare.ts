/**
 * What the compare page reads (src/lib/compare.ts), in the page's language: the page's part, written into its HTML,
 * and the cities' parts, a few to a file (/<lang>/compare/cities-<n>.json, `shardOf`), fetched when a city is chosen:
 * the page costs the same whatever the number of cities, and a build of thousands of cities writes hundreds of files,
 * not thousands. Also each city's most similar cities, for the city pages' link.
 */
import { t } from '../i18n';
import { reportAnchor } from '../lib/anchors';
import {
  compareKeys,
  shardCount,
  shardOf,
  type CompareCity,
  type ComparePage,
  type CompareReading,
  type CompareShard,
} from '../lib/compare';
import { countryName } from '../lib/country-name';
import { dateText } from '../lib/dates';
import type { Language } from '../lib/languages';
import type { Level } from '../lib/levels';
import { mostSimilarFinder } from '../lib/peers';
import { adminLevels, districtTypes, inListOrder, regions } from '../lib/places';
import { latestReading } from '../lib/readings';
import { sitePath } from '../lib/site-path';
import { nextStepsWords } from './next-steps';
import { profileOf } from './peers';
import { selfAssessmentPage } from './self-assessment';
import { caseTitle, type EvidenceProof, type EvidenceSet, type SiteData } from './site';

/** The page's part. */
export function comparePage(data: SiteData, lang: Language): ComparePage {
  const { characteristics, criterionText } = selfAssessmentPage(data, lang);
  return {
    lang,
    characteristics,
    criterionText,
    text: Object.fromEntries(compareKeys.map((key) => [key, t(lang, key)])) as ComparePage['text'],
    cityNames: Object.fromEntries(inListOrder(data.cities, lang).map((c) => [c.id, c.name[lang]])),
    cityHref: sitePath(`/${lang}/compare/cities-{shard}.json`),
    shards: shardCount(data.cities.length),
    contextWords: {
      region: Object.fromEntries(regions.map((v) => [v, t(lang, `region.${v}`)])),
      adminLevel: Object.fromEntries(adminLevels.map((v) => [v, t(lang, `admin.${v}`)])),
      districtType: Object.fromEntries(districtTypes.map((v) => [v, t(lang, `district.${v}`)])),
    },
    selfHref: sitePath(`/${lang}/self-assessment/`),
  };
}

/** The criteria of the rated ladders, once per build. */
const ratedCriteria = (data: Pick<SiteData, 'characteristics'>) =>
  new Set(
    data.characteristics.flatMap((c) =>
      c.ladder
        ? Object.values(c.ladder)
            .flat()
            .map((x) => x.id)
        : [],
    ),
  );

function readingFrom(
  data: SiteData,
  lang: Language,
  cityId: string,
  evidence: EvidenceSet,
  label: string,
  criteria: readonly { criterion: string; status: string }[],
): CompareReading {
  const words = nextStepsWords(data, lang);
  const rated = ratedCriteria(data);
  const scores = evidence.scores.get(cityId) ?? {};
  const levels: CompareReading['levels'] = {};
  for (const c of data.characteristics) {
    const score = (scores as Record<string, { level: Level; possible: Level } | undefined>)[c.id];
    if (c.ladder && score) levels[c.id] = { level: score.level, possible: score.possible };
  }
  const statuses: CompareReading['criteria'] = {};
  for (const c of criteria) {
    if (rated.has(c.criterion) && (c.status === 'met' || c.status === 'not-met')) statuses[c.criterion] = c.status;
  }
  const proofs: CompareReading['proofs'] = {};
  for (const [criterion, p] of evidence.proofs.get(cityId) ?? new Map<string, EvidenceProof>()) {
    const tag = words.evidenceLang?.(p);
    proofs[criterion] = {
      evidence: words.evidence(p),
      citation: words.citation(p),
      href: words.cityHref(cityId, criterion.split('.')[0], p),
      ...(tag ? { lang: tag } : {}),
    };
  }
  return { label, levels, criteria: statuses, proofs };
}

/** A city's part: context, its readings (the paper's, and its latest report's where it has one) and its cases. */
export function compareCity(data: SiteData, cityId: string, lang: Language): CompareCity {
  const city = data.cityById.get(cityId)!;
  const profile = profileOf(data, cityId);
  const latest = latestReading(data.readings.get(cityId))?.source;
  const report = latest?.kind === 'city-report' ? data.reports.find((r) => r.id === latest.report) : undefined;
  return {
    id: city.id,
    name: city.name[lang],
    href: sitePath(`/${lang}/cities/${city.id}/`),
    context: {
      country: countryName(city.country, lang),
      region: t(lang, `region.${city.region}`),
      adminLevel: `${t(lang, `admin.${city.adminLevel}`)}${
        city.parent
          ? `${t(lang, 'punct.open')}${t(lang, 'city.partOf', { parent: city.parent[lang] })}${t(lang, 'punct.close')}`
          : ''
      }`,
      districtType: city.districtType ? t(lang, `district.${city.districtType.value}`) : t(lang, 'unknown'),
      role: t(lang, `role.${city.role}`),
    },
    profile: {
      region: city.region,
      adminLevel: city.adminLevel,
      ...(city.districtType ? { districtType: city.districtType.value } : {}),
      domains: profile?.domains ?? [],
    },
    ...(city.role !== 'contributed'
      ? {
          paper: readingFrom(
            data,
            lang,
            cityId,
            data.paperEvidence,
            t(lang, 'readings.paper'),
            data.assessments.get(cityId)?.criteria ?? [],
          ),
        }
      : {}),
    ...(report && latest?.kind === 'city-report'
      ? {
          latest: readingFrom(
            data,
            lang,
            cityId,
            data.latestEvidence,
            `${t(lang, 'readings.report', { date: dateText(lang, latest.asOf) })}${t(lang, 'punct.clause')}${t(
              lang,
              'readings.reviewedBy',
            )}${t(lang, 'punct.colon')}${t(lang, 'readings.reviewedOn', {
              reviewer: latest.reviewer,
              date: dateText(lang, latest.reviewedOn),
            })}`,
            report.data.criteria,
          ),
        }
      : {}),
    cases: (data.casesByCity.get(cityId) ?? []).map((c) => ({
      title: caseTitle(c, lang),
      href: sitePath(`/${lang}/cases/${c.slug}/`),
      characteristics: c.facts.characteristics,
    })),
  };
}

/** Where a report's proof is read on the city page, for a test or a link: the report's anchor. */
export const reportHref = (lang: Language, cityId: string, asOf: string) =>
  sitePath(`/${lang}/cities/${cityId}/#${reportAnchor(asOf)}`);

/**
 * A city's most similar cities by the paper's reading (src/lib/peers.ts `mostSimilarFinder`), for its page's link:
 * worked out once per city, for both languages' pages.
 */
const similarOf = new WeakMap<SiteData, { find: ReturnType<typeof mostSimilarFinder>; found: Map<string, string[]> }>();
export function mostSimilar(data: SiteData, cityId: string, limit = 3): string[] {
  let index = similarOf.get(data);
  if (!index) similarOf.set(data, (index = { find: mostSimilarFinder(data.profiles), found: new Map() }));
  const key = `${cityId} ${limit}`;
  let ids = index.found.get(key);
  if (!ids) {
    const target = profileOf(data, cityId);
    ids = target ? index.find(target, limit).map((p) => p.id) : [];
    index.found.set(key, ids);
  }
  return ids;
}

/** The cities' ids per file (`shardOf`), made once per build. */
const shardsOf = new WeakMap<SiteData, string[][]>();
export function compareShards(data: SiteData): string[][] {
  let shards = shardsOf.get(data);
  if (!shards) {
    const count = shardCount(data.cities.length);
    shards = Array.from({ length: count }, () => [] as string[]);
    for (const city of data.cities) shards[shardOf(city.id, count)].push(city.id);
    shardsOf.set(data, shards);
  }
  return shards;
}

/** One file of cities' parts, in a language. */
export const compareShard = (data: SiteData, shard: number, lang: Language): CompareShard => ({
  cities: Object.fromEntries((compareShards(data)[shard] ?? []).map((id) => [id, compareCity(data, id, lang)])),
});
