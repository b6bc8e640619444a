/**
 * What the self-assessment's script reads (src/lib/self-assessment.ts), in the page's language: the page's part,
 * written into its HTML (the rated characteristics' criterion ids, the words of the report), and the cities' part,
 * a file of its own fetched when the answers or a target first need it (every city's compact profile, the proofs of
 * what its evidence meets, its cases, and the cases of the roadmap). The words of "learn next from" are the city pages'
 * (`nextStepsWords`), written out as maps the browser can read.
 */
import { createHash } from 'node:crypto';
import { t } from '../i18n';
import type { Language } from '../lib/languages';
import { rungs, type Rung } from '../lib/levels';
import { compactProfile } from '../lib/peers';
import type { LadderIds } from '../lib/scoring';
import {
  selfAssessmentKeys,
  type SelfAssessmentCities,
  type SelfAssessmentKey,
  type SelfAssessmentPage,
} from '../lib/self-assessment';
import { sitePath } from '../lib/site-path';
import { nextStepsWords, paperCitation } from './next-steps';
import { inListOrder } from '../lib/places';
import { latestReading } from '../lib/readings';
import { caseTitle, cityCasesFor, type CaseEntry, type EvidenceProof, type SiteData } from './site';

type Source = Pick<
  SiteData,
  | 'characteristics'
  | 'cities'
  | 'cases'
  | 'casesByCity'
  | 'casesShowing'
  | 'profiles'
  | 'proofs'
  | 'readings'
  | 'paperEvidence'
  | 'latestEvidence'
>;

/** The characteristics the paper gives a ladder, in its order. */
export const ratedCharacteristics = (data: Pick<SiteData, 'characteristics'>) =>
  data.characteristics.flatMap((c) => (c.ladder ? [{ ...c, ladder: c.ladder }] : []));

/** A ladder with only its criterion ids, as the scorer needs it. */
const idsOf = (ladder: Record<Rung, readonly { id: string }[]>): LadderIds => ({
  basic: ladder.basic.map(({ id }) => ({ id })),
  average: ladder.average.map(({ id }) => ({ id })),
  'more-advanced': ladder['more-advanced'].map(({ id }) => ({ id })),
  'state-of-the-art': ladder['state-of-the-art'].map(({ id }) => ({ id })),
});

/** At most this many cases per criterion and per characteristic, as the city pages list them. */
const casesPerList = 3;

/** The page's part: what the report needs before it compares the answers with the cities. */
export function selfAssessmentPage(data: Source, lang: Language): SelfAssessmentPage {
  const words = nextStepsWords(data, lang);
  const rated = ratedCharacteristics(data);
  const criterionIds = rated.flatMap((c) => rungs.flatMap((r) => c.ladder[r].map((x) => x.id)));
  return {
    lang,
    characteristics: rated.map((c) => ({
      id: c.id,
      name: words.characteristicName(c.id),
      ladder: idsOf(c.ladder),
    })),
    criterionText: Object.fromEntries(criterionIds.map((id) => [id, words.criterionText(id)])),
    text: Object.fromEntries(selfAssessmentKeys.map((key) => [key, t(lang, key)])) as Record<SelfAssessmentKey, string>,
    citiesHref: sitePath(`/self-assessment/${citiesFile(data, lang).name}`),
  };
}

/** The cities' part: every city as a teacher, peer and partner, in the page's language, and the roadmap's cases. */
function selfAssessmentCities(data: Source, lang: Language): SelfAssessmentCities {
  const words = nextStepsWords(data, lang);
  const rated = ratedCharacteristics(data);
  const listed = new Map(
    data.cities.flatMap((city) => rated.map((c) => [`${city.id} ${c.id}`, cityCasesFor(data, city.id, c.id)] as const)),
  );
  const criterionIds = rated.flatMap((c) => rungs.flatMap((r) => c.ladder[r].map((x) => x.id)));
  const showing = new Map(criterionIds.map((id) => [id, (data.casesShowing.get(id) ?? []).slice(0, casesPerList)]));
  const byCharacteristic = new Map(
    rated.map((c) => [
      c.id,
      data.cases.filter((x) => (x.facts.characteristics as readonly string[]).includes(c.id)).slice(0, casesPerList),
    ]),
  );
  const proofs = [...data.proofs].filter(([, met]) => met.size > 0);
  const locators = new Set(proofs.flatMap(([, met]) => [...met.values()].flatMap((p) => p.cite.at)));
  return {
    profiles: data.profiles.map(compactProfile),
    proofs: Object.fromEntries(
      proofs.map(([city, met]) => [
        city,
        Object.fromEntries([...met].map(([id, p]) => [id, { evidence: words.evidence(p), at: p.cite.at }])),
      ]),
    ),
    citations: Object.fromEntries([...locators].map((locator) => [locator, paperCitation(lang, [locator])])),
    // In the order the site lists cities (region, pilots first, then by name): the report form's choice of city.
    cityNames: Object.fromEntries(inListOrder(data.cities, lang).map((c) => [c.id, words.cityName(c.id)])),
    caseTitles: titlesOf([...listed.values(), ...showing.values(), ...byCharacteristic.values()], lang),
    ...reportedPart(data, lang),
    casesByCity: Object.fromEntries(
      data.cities.flatMap((city) => {
        const byCharacteristic = rated.flatMap((c) => {
          const cases = listed.get(`${city.id} ${c.id}`) ?? [];
          return cases.length > 0 ? [[c.id, slugs(cases)] as const] : [];
        });
        return byCharacteristic.length > 0 ? [[city.id, Object.fromEntries(byCharacteristic)] as const] : [];
      }),
    ),
    casesShowing: Object.fromEntries(
      [...showing].flatMap(([id, cases]) => (cases.length > 0 ? [[id, slugs(cases)] as const] : [])),
    ),
    casesByCharacteristic: Object.fromEntries([...byCharacteristic].map(([id, cases]) => [id, slugs(cases)])),
  };
}

/**
 * The cities whose latest reading is a reviewed city report, as that reading has them: their levels and the proofs
 * of their report, each with its citation (the report, its date, review and source) and the link to it on the city
 * page. Absent while no report exists. The page reads it only when "the paper and reviewed city reports" is chosen.
 */
function reportedPart(data: Source, lang: Language): Pick<SelfAssessmentCities, 'reported'> {
  if (data.latestEvidence === data.paperEvidence) return {};
  const words = nextStepsWords(data, lang);
  const latest = data.latestEvidence;
  const reported = latest.profiles.filter((p) => latestReading(data.readings.get(p.id))?.source.kind === 'city-report');
  return {
    reported: {
      profiles: reported.map(compactProfile),
      proofs: Object.fromEntries(
        reported.map((profile) => [
          profile.id,
          Object.fromEntries(
            [...(latest.proofs.get(profile.id) ?? new Map<string, EvidenceProof>())].map(([id, p]) => {
              const tag = words.evidenceLang?.(p);
              return [
                id,
                {
                  evidence: words.evidence(p),
                  at: [],
                  citation: words.citation(p),
                  href: words.cityHref(profile.id, '', p),
                  ...(tag ? { lang: tag } : {}),
                },
              ];
            }),
          ),
        ]),
      ),
    },
  };
}

const slugs = (cases: readonly CaseEntry[]) => cases.map((entry) => entry.slug);
const titlesOf = (lists: readonly (readonly CaseEntry[])[], lang: Language) =>
  Object.fromEntries(lists.flat().map((entry) => [entry.slug, caseTitle(entry, lang)]));

/**
 * The cities' part as a file, per language, made once per build: `cities.<lang>.<hash>.json` under
 * /self-assessment/, its name changing with its content so a host caches it for a year (src/lib/host-headers.ts).
 */
const files = new WeakMap<Source, Map<Language, { name: string; json: string }>>();
export function citiesFile(data: Source, lang: Language): { name: string; json: string } {
  let byLang = files.get(data);
  if (!byLang) files.set(data, (byLang = new Map<Language, { name: string; json: string }>()));
  let file = byLang.get(lang);
  if (!file) {
    const json = JSON.stringify(selfAssessmentCities(data, lang));
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    byLang.set(lang, (file = { name: `cities.${lang}.${hash}.json`, json }));
  }
  return file;
}

/** The data as the text of a `<script type="application/json">`: every `<` escaped, so no text can end it. */
export const islandJson = (data: SelfAssessmentPage): string => JSON.stringify(data).replace(/</g, '\\u003c');
