/**
 * What the site would show of the content, computed outside Astro from what validate-content loaded: every
 * city's levels per characteristic and its "learn next from" entries. contribution:add compares it before and
 * after a contribution. The rules are the site's: the paper's reading is scored with Table 3's bounds where the
 * table covers the city; a reviewed city report counts as its city's latest reading (its own evidence, no Table 3
 * bounds, since those are the paper's); teachers are the cities' latest readings (src/lib/next-steps.ts).
 */
import type { CharacteristicId } from '../../src/lib/levels';
import { nextSteps, type TeacherKind } from '../../src/lib/next-steps';
import type { PeerProfile } from '../../src/lib/peers';
import { latestReading, readingsByCity, type Reading } from '../../src/lib/readings';
import { scoreAssessment, type CharacteristicScore } from '../../src/lib/scoring';
import { boundScores, table3Coverage } from '../../src/lib/table3-bounds';
import type { LoadedContent } from './validate-content';

export interface SiteModel {
  /** Every city, the paper's and the contributed, in id order. */
  cityIds: string[];
  /** Per city, the reading it counts by: its newest reviewed report, else the paper's. */
  latest: Map<string, Reading>;
  /** Per city, its levels by that reading. */
  scores: Map<string, Record<CharacteristicId, CharacteristicScore>>;
  /** Per city, its learn-next-from entries: characteristic, teacher and kind. */
  learnFrom: Map<string, LearnEntry[]>;
}

export interface LearnEntry {
  characteristic: string;
  teacher: string;
  kind: TeacherKind;
}

export function siteModel(content: LoadedContent): SiteModel {
  const { characteristics } = content;
  const readings = readingsByCity(content.assessments, content.reports);
  const places = [
    ...content.cities.map((c) => ({
      id: c.id,
      region: c.region,
      adminLevel: c.adminLevel,
      districtType: c.districtType?.value,
    })),
    ...content.contributedCities.map((c) => ({
      id: c.id,
      region: c.region,
      adminLevel: c.adminLevel,
      districtType: undefined,
    })),
  ].sort((a, b) => a.id.localeCompare(b.id));

  // The paper's reading, with Table 3's bounds where the table covers the city (as src/data/site.ts does).
  const paperScores = new Map(
    content.cities.map((city) => [
      city.id,
      scoreAssessment(characteristics, content.assessments.find((a) => a.city === city.id)?.criteria ?? []),
    ]),
  );
  const table3 = content.findings.find((f) => f.kind === 'maturity-distribution');
  const bounded = table3
    ? boundScores(paperScores, characteristics, table3.rows, table3Coverage(content.cities, table3.euSample))
    : paperScores;

  const latest = new Map<string, Reading>();
  const scores = new Map<string, Record<CharacteristicId, CharacteristicScore>>();
  for (const place of places) {
    const reading = latestReading(readings.get(place.id));
    if (reading) latest.set(place.id, reading);
    scores.set(
      place.id,
      reading?.source.kind === 'city-report'
        ? scoreAssessment(characteristics, reading.criteria)
        : (bounded.get(place.id) ?? scoreAssessment(characteristics, [])),
    );
  }

  const domains = new Map<string, Set<string>>();
  for (const { facts } of content.cases)
    for (const city of facts.cities)
      for (const d of facts.serviceDomains) domains.set(city, (domains.get(city) ?? new Set()).add(d));
  const profiles: PeerProfile[] = places.map((place) => ({
    id: place.id,
    region: place.region,
    adminLevel: place.adminLevel,
    ...(place.districtType ? { districtType: place.districtType } : {}),
    domains: [...(domains.get(place.id) ?? [])],
    levels: scores.get(place.id)!,
  }));
  const proofs = new Map(
    places.map((place) => [
      place.id,
      new Map(
        (latest.get(place.id)?.proofs ?? []).map((p) => [
          p.criterion,
          { criterion: p.criterion, evidence: p.evidence, cite: { at: [] } },
        ]),
      ),
    ]),
  );
  const teachers = profiles.map((profile) => ({ profile, proofs: proofs.get(profile.id)! }));
  const ladders = characteristics.flatMap((c) => (c.ladder ? [{ id: c.id, ladder: c.ladder }] : []));
  const learnFrom = new Map(
    profiles.map((profile) => {
      const meets = (criterion: string) => proofs.get(profile.id)?.has(criterion) ?? false;
      const steps = nextSteps({ learner: { profile, meets }, teachers, ladders });
      return [
        profile.id,
        steps.flatMap((step) =>
          step.lessons.map((l) => ({ characteristic: step.characteristic, teacher: l.teacher.id, kind: l.kind })),
        ),
      ];
    }),
  );
  return { cityIds: places.map((p) => p.id), latest, scores, learnFrom };
}

/** A level as the site names it, with the range where the evidence leaves one open. */
const levelText = (score: CharacteristicScore | undefined) =>
  !score
    ? 'not-assessed'
    : score.level === score.possible
      ? score.level
      : `${score.level} (possibly ${score.possible})`;

export interface ModelChanges {
  levels: { city: string; characteristic: string; before: string; after: string }[];
  gained: (LearnEntry & { learner: string })[];
  lost: (LearnEntry & { learner: string })[];
}

/** What changes on the site from one model to the other: levels per characteristic, learn-next-from entries. */
export function modelChanges(before: SiteModel, after: SiteModel): ModelChanges {
  const levels: ModelChanges['levels'] = [];
  for (const city of after.cityIds) {
    const a = before.scores.get(city);
    const b = after.scores.get(city)!;
    for (const characteristic of Object.keys(b) as CharacteristicId[]) {
      const [x, y] = [levelText(a?.[characteristic]), levelText(b[characteristic])];
      if (x !== y || (!a && b[characteristic].assessed))
        levels.push({ city, characteristic, before: a ? x : '(new city)', after: y });
    }
  }
  const key = (e: LearnEntry) => `${e.characteristic}\u0000${e.teacher}\u0000${e.kind}`;
  const gained: ModelChanges['gained'] = [];
  const lost: ModelChanges['lost'] = [];
  for (const learner of [...new Set([...before.cityIds, ...after.cityIds])].sort()) {
    const was = before.learnFrom.get(learner) ?? [];
    const is = after.learnFrom.get(learner) ?? [];
    const wasKeys = new Set(was.map(key));
    const isKeys = new Set(is.map(key));
    for (const e of is) if (!wasKeys.has(key(e))) gained.push({ learner, ...e });
    for (const e of was) if (!isKeys.has(key(e))) lost.push({ learner, ...e });
  }
  return { levels, gained, lost };
}

/** The changes as lines for a maintainer to read. */
export function describeChanges(changes: ModelChanges): string[] {
  const lines: string[] = [];
  lines.push(changes.levels.length === 0 ? 'Levels: no change.' : 'Levels per characteristic:');
  for (const l of changes.levels) lines.push(`  ${l.city}, ${l.characteristic}: ${l.before} → ${l.after}`);
  const entry = (e: LearnEntry & { learner: string }) =>
    `  ${e.learner}, ${e.characteristic}: learn from ${e.teacher} (kind ${e.kind})`;
  lines.push(
    changes.gained.length === 0
      ? 'Learn next from, gained: none.'
      : `Learn next from, gained (${changes.gained.length}):`,
  );
  lines.push(...changes.gained.map(entry));
  lines.push(
    changes.lost.length === 0 ? 'Learn next from, lost: none.' : `Learn next from, lost (${changes.lost.length}):`,
  );
  lines.push(...changes.lost.map(entry));
  return lines;
}
