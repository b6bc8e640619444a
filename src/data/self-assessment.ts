/**
 * What the self-assessment page serialises for its script (`SelfAssessmentData`, src/lib/self-assessment.ts):
 * the rated characteristics' criterion ids, every city's compact profile and the proofs of what its evidence
 * meets, and the words of the report, all in the page's language. The words of "learn next from" are the city
 * pages' (`nextStepsWords`), written out as maps the browser can read.
 */
import { t } from '../i18n';
import type { Language } from '../lib/languages';
import { rungs, type Rung } from '../lib/levels';
import { compactProfile } from '../lib/peers';
import type { LadderIds } from '../lib/scoring';
import { selfAssessmentKeys, type SelfAssessmentData, type SelfAssessmentKey } from '../lib/self-assessment';
import { nextStepsWords } from './next-steps';
import { caseTitle, cityCasesFor, type CaseEntry, type SiteData } from './site';

type Source = Pick<
  SiteData,
  'characteristics' | 'cities' | 'cases' | 'casesByCity' | 'casesShowing' | 'profiles' | 'proofs'
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

export function selfAssessmentData(data: Source, lang: Language): SelfAssessmentData {
  const words = nextStepsWords(data, lang);
  const rated = ratedCharacteristics(data);
  const criterionIds = rated.flatMap((c) => rungs.flatMap((r) => c.ladder[r].map((x) => x.id)));
  const cityIds = data.cities.map((c) => c.id);
  // Every list of cases the page ships, by key: a city and a characteristic, a criterion, or a characteristic.
  const listed = new Map<string, CaseEntry[]>([
    ...cityIds.flatMap((id) => rated.map((c) => [`${id} ${c.id}`, cityCasesFor(data, id, c.id)] as const)),
    ...criterionIds.map((id) => [id, (data.casesShowing.get(id) ?? []).slice(0, casesPerList)] as const),
    ...rated.map(
      (c) =>
        [
          c.id,
          data.cases
            .filter((x) => (x.facts.characteristics as readonly string[]).includes(c.id))
            .slice(0, casesPerList),
        ] as const,
    ),
  ]);
  const slugs = (cases: readonly CaseEntry[]) => cases.map((entry) => entry.slug);
  const proofs = [...data.proofs].filter(([, met]) => met.size > 0);
  const locators = new Set(proofs.flatMap(([, met]) => [...met.values()].flatMap((p) => p.cite.at)));
  return {
    lang,
    characteristics: rated.map((c) => ({
      id: c.id,
      name: words.characteristicName(c.id),
      ladder: idsOf(c.ladder),
    })),
    criterionText: Object.fromEntries(criterionIds.map((id) => [id, words.criterionText(id)])),
    profiles: data.profiles.map(compactProfile),
    proofs: Object.fromEntries(
      proofs.map(([city, met]) => [
        city,
        Object.fromEntries([...met].map(([id, p]) => [id, { evidence: words.evidence(p), at: p.cite.at }])),
      ]),
    ),
    citations: Object.fromEntries([...locators].map((locator) => [locator, words.citation([locator])])),
    cityNames: Object.fromEntries(cityIds.map((id) => [id, words.cityName(id)])),
    caseTitles: Object.fromEntries([...listed.values()].flat().map((entry) => [entry.slug, caseTitle(entry, lang)])),
    casesByCity: Object.fromEntries(
      cityIds.flatMap((id) => {
        const byCharacteristic = rated.flatMap((c) => {
          const cases = listed.get(`${id} ${c.id}`) ?? [];
          return cases.length > 0 ? [[c.id, slugs(cases)] as const] : [];
        });
        return byCharacteristic.length > 0 ? [[id, Object.fromEntries(byCharacteristic)] as const] : [];
      }),
    ),
    casesShowing: Object.fromEntries(
      criterionIds.flatMap((id) => {
        const cases = listed.get(id) ?? [];
        return cases.length > 0 ? [[id, slugs(cases)] as const] : [];
      }),
    ),
    casesByCharacteristic: Object.fromEntries(rated.map((c) => [c.id, slugs(listed.get(c.id) ?? [])])),
    text: Object.fromEntries(selfAssessmentKeys.map((key) => [key, t(lang, key)])) as Record<SelfAssessmentKey, string>,
  };
}

/** The data as the text of a `<script type="application/json">`: every `<` escaped, so no text can end it. */
export const islandJson = (data: SelfAssessmentData): string => JSON.stringify(data).replace(/</g, '\\u003c');
