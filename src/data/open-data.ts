/** The rows of the open-data downloads, shared by the JSON and CSV endpoints. */
import { nextStepsFileSchema, type NextStepEntry } from '../schemas/next-steps';
import { cityReport } from './next-steps';
import { cityCasesFor, siteData } from './site';

export const ratingNote =
  "Levels are this site's reading of the evidence in the 2014 EU-China smart city white paper, as of 2014; not a current measurement. 'not-assessed' means the paper gives no evidence; 'no-rung-proven' that some criterion has evidence but no rung is proven; 'not-yet-addressed' that a Basic criterion is not met. For the cities the paper's Table 3 covers, level and possible_level have Table 3's bounds applied (table3_floor, table3_ceiling: the lowest and highest level Table 3 shows for the city's group).";

export async function cityRows() {
  const { cities } = await siteData();
  return cities.map((c) => ({
    id: c.id,
    name_en: c.name.en,
    name_zh: c.name.zh,
    country: c.country,
    region: c.region,
    role: c.role,
    admin_level: c.adminLevel,
    parent_en: c.parent?.en,
    district_type: c.districtType?.value,
    lat: c.coordinates.lat,
    lon: c.coordinates.lon,
  }));
}

export async function levelRows() {
  const { cities, characteristics, scores } = await siteData();
  return cities.flatMap((city) =>
    characteristics.map((c) => {
      const s = scores.get(city.id)![c.id];
      return {
        city: city.id,
        characteristic: c.id,
        level: s.level,
        possible_level: s.possible,
        criteria_met: s.met.length,
        criteria_not_met: s.notMet.length,
        criteria_without_evidence: s.unknown.length,
        table3_floor: s.table3?.floor ?? '',
        table3_ceiling: s.table3?.ceiling ?? '',
      };
    }),
  );
}

export async function caseRows() {
  const { cases } = await siteData();
  return cases.map((c) => ({
    id: c.slug,
    title_en: c.texts.en.data.title,
    title_zh: c.texts.zh.data.title,
    scope: c.facts.scope,
    cities: c.facts.cities.join(' '),
    characteristics: c.facts.characteristics.join(' '),
    service_domains: c.facts.serviceDomains.join(' '),
    technologies: c.facts.technologies.join(' '),
    funding_instruments: c.facts.fundingInstruments.join(' '),
    business_models: c.facts.businessModels.join(' '),
    years: c.facts.years.join(' '),
    cite: c.facts.cite.at.join(' '),
  }));
}

/** Every city's "learn next from" report, one entry per teacher; checked against its published schema. */
export async function nextStepsRows() {
  const data = await siteData();
  const entries: NextStepEntry[] = data.cities.flatMap((city) =>
    cityReport(data, city.id).flatMap((step) =>
      step.lessons.map((lesson) => ({
        city: city.id,
        characteristic: step.characteristic,
        rung: step.rung,
        lacking: [...step.lacking],
        teacher: lesson.teacher.id,
        kind: lesson.kind,
        criteria: lesson.proofs.map((p) => ({
          criterion: p.criterion,
          evidence: p.evidence,
          cite: { source: 'white-paper-2014', ...p.cite, at: [...p.cite.at] },
        })),
        cases: cityCasesFor(data, lesson.teacher.id, step.characteristic).map((c) => c.slug),
        similarity: {
          score: lesson.similarity.score,
          sharedCharacteristics: lesson.similarity.sharedCharacteristics,
        },
      })),
    ),
  );
  return nextStepsFileSchema.parse({ note: nextStepsNote, entries });
}

const nextStepsNote =
  "For each assessed characteristic of each city, whom to learn from next: kind a, cities proven exactly one rung up; b, cities whose evidence meets criteria the city lacks for its next rung; c, where neither exists, cities whose evidence meets a higher criterion it lacks. From this site's reading of the 2014 white paper; not a current measurement.";
