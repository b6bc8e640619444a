/**
 * The paper's Table 3 as evidence about the cities it covers (the 15 Chinese pilots and the ten EU pilots of
 * footnote 16). Table 3 gives, per characteristic and region, the share of covered cities at each level. It
 * names no city, but it bounds every one of them:
 * - a floor: where no share is "not assessed" or "not yet addressed", every covered city is at least at the
 *   lowest level the row shows (every Chinese pilot is at least Basic on governance);
 * - a ceiling: no covered city is above the highest level the row shows (no Chinese pilot above Basic on services);
 * - a count: no more covered cities can be at or above a level than the row's shares at or above it allow.
 * Pure and browser-safe.
 */
import {
  levelOfRank,
  paperLevels,
  rungOfRank,
  rungs,
  rankOf,
  type PaperLevel,
  type RatedLevel,
  type Rung,
} from './levels';
import type { CooperationRegion } from './places';
import type { CharacteristicScore, LadderIds } from './scoring';

/** One share per level, in the order of `paperLevels`, Table 3's columns (percent, as printed). */
export type Shares = readonly number[];

export interface GroupBounds {
  /** The level every covered city has at least, where the row proves one. */
  floor?: RatedLevel;
  /** The level no covered city is above. */
  ceiling?: RatedLevel;
}

const shareAt = (shares: Shares, level: PaperLevel) => shares[paperLevels.indexOf(level)] ?? 0;

/** The floor and ceiling a Table 3 row puts on every city it covers. */
export function groupBounds(shares: Shares): GroupBounds {
  const shown = paperLevels.filter((level) => shareAt(shares, level) > 0);
  const bounds: GroupBounds = {};
  const lowest = shown[0];
  const highest = shown[shown.length - 1];
  // A share of cities not assessed or not yet addressed leaves room for a city below any rung.
  if (lowest && lowest !== 'not-assessed' && lowest !== 'not-yet-addressed') bounds.floor = lowest;
  if (highest && highest !== 'not-assessed') bounds.ceiling = highest;
  return bounds;
}

/** How many of `covered` cities the row allows at or above a level: its shares from that level up, rounded. */
export function maxAtOrAbove(shares: Shares, level: PaperLevel, covered: number): number {
  const from = paperLevels.indexOf(level);
  const share = shares.slice(from).reduce((sum, s) => sum + s, 0);
  return Math.round((share * covered) / 100);
}

/** A range of levels, proven … possible, as the evidence and Table 3 together leave it. */
export interface BoundedRange {
  proven: RatedLevel;
  possible: RatedLevel;
  /** Which end Table 3 moved: the floor raised the proven level, the ceiling lowered the possible one. */
  raisedByFloor: boolean;
  loweredByCeiling: boolean;
}

/**
 * A city's range once Table 3's bounds are applied. `proven` and `possible` come from the city's own evidence
 * (undefined when it has none: the range is then Table 3's alone). Returns undefined when neither says anything.
 */
export function boundedRange(
  evidence: { proven: RatedLevel; possible: RatedLevel } | undefined,
  bounds: GroupBounds,
): BoundedRange | undefined {
  const proven = evidence?.proven ?? bounds.floor;
  const possible = evidence?.possible ?? bounds.ceiling ?? 'state-of-the-art';
  if (!proven) return undefined;
  const floorRank = bounds.floor ? rankOf(bounds.floor) : -1;
  const ceilingRank = bounds.ceiling ? rankOf(bounds.ceiling) : 4;
  const provenRank = Math.max(rankOf(proven), floorRank);
  const possibleRank = Math.min(rankOf(possible), ceilingRank);
  const keep = (level: RatedLevel, rank: number) => (rankOf(level) === rank ? level : levelOfRank(rank));
  return {
    proven: keep(proven, provenRank),
    possible: levelOfRank(Math.max(possibleRank, provenRank)),
    raisedByFloor: evidence !== undefined && provenRank > rankOf(evidence.proven),
    loweredByCeiling: possibleRank < rankOf(possible) || (evidence === undefined && bounds.ceiling !== undefined),
  };
}

export interface Table3Row {
  characteristic: string;
  cn: Shares;
  eu: Shares;
}

export type Table3Violation =
  | {
      kind: 'too-many';
      characteristic: string;
      region: CooperationRegion;
      level: Rung;
      allowed: number;
      covered: number;
      cities: string[];
    }
  | {
      kind: 'above-ceiling';
      characteristic: string;
      region: CooperationRegion;
      city: string;
      proven: RatedLevel;
      ceiling: RatedLevel;
    }
  | {
      kind: 'below-floor';
      characteristic: string;
      region: CooperationRegion;
      city: string;
      possible: RatedLevel;
      floor: RatedLevel;
    };

/**
 * Where the site's readings contradict Table 3. `provenLevel` and `possibleLevel` are the levels a city's
 * own evidence proves and allows (undefined: no evidence on that characteristic).
 */
export function table3Violations(
  rows: readonly Table3Row[],
  covered: Record<CooperationRegion, readonly string[]>,
  evidence: (city: string, characteristic: string) => { proven: RatedLevel; possible: RatedLevel } | undefined,
): Table3Violation[] {
  const violations: Table3Violation[] = [];
  for (const row of rows) {
    for (const region of ['cn', 'eu'] as const) {
      const shares = row[region];
      const cities = covered[region];
      const { floor, ceiling } = groupBounds(shares);
      const read = cities.flatMap((city) => {
        const e = evidence(city, row.characteristic);
        return e ? [{ city, ...e }] : [];
      });
      for (const level of rungs) {
        const at = read.filter((r) => rankOf(r.proven) >= rankOf(level)).map((r) => r.city);
        const allowed = maxAtOrAbove(shares, level, cities.length);
        if (at.length > allowed) {
          violations.push({
            kind: 'too-many',
            characteristic: row.characteristic,
            region,
            level,
            allowed,
            covered: cities.length,
            cities: at,
          });
        }
      }
      for (const r of read) {
        if (ceiling && rankOf(r.proven) > rankOf(ceiling)) {
          violations.push({
            kind: 'above-ceiling',
            characteristic: row.characteristic,
            region,
            city: r.city,
            proven: r.proven,
            ceiling,
          });
        }
        if (floor && rankOf(r.possible) < rankOf(floor)) {
          violations.push({
            kind: 'below-floor',
            characteristic: row.characteristic,
            region,
            city: r.city,
            possible: r.possible,
            floor,
          });
        }
      }
    }
  }
  return violations;
}

/** One line a person can act on. */
export function describeViolation(v: Table3Violation): string {
  switch (v.kind) {
    case 'too-many':
      return `${v.characteristic}, ${v.region}: ${v.cities.length} covered cities are proven ${v.level} or above (${v.cities.join(', ')}), but Table 3's shares allow ${v.allowed} of ${v.covered}`;
    case 'above-ceiling':
      return `${v.characteristic}, ${v.region}: ${v.city} is proven ${v.proven}, above Table 3's highest level for the group (${v.ceiling})`;
    case 'below-floor':
      return `${v.characteristic}, ${v.region}: ${v.city}'s evidence caps it at ${v.possible}, below Table 3's lowest level for the group (${v.floor})`;
  }
}

/** What Table 3 says of one covered city on one characteristic, kept beside the score it bounds. */
export interface Table3Note {
  region: CooperationRegion;
  floor?: RatedLevel;
  ceiling?: RatedLevel;
  /** The evidence alone would have said less: the floor raised the proven level, or Table 3 gave the level. */
  raisedByFloor: boolean;
  loweredByCeiling: boolean;
}

/**
 * A covered city's score with Table 3's bounds applied: the proven level raised to the floor, the possible
 * level lowered to the ceiling, and what the next rung needs worked out from the bounded level. The criteria
 * lists stay the city's own evidence.
 */
export function applyTable3(
  score: CharacteristicScore,
  ladder: LadderIds | null,
  bounds: GroupBounds,
  region: CooperationRegion,
): CharacteristicScore {
  if (!ladder) return score;
  const evidence = evidenceOf(score);
  const range = boundedRange(evidence, bounds);
  const note: Table3Note = { region, ...bounds, raisedByFloor: false, loweredByCeiling: false };
  if (!range) return { ...score, table3: note };
  const status = (id: string) =>
    score.met.includes(id) ? 'met' : score.notMet.includes(id) ? 'not-met' : 'no-evidence';
  const nextRank = rankOf(range.proven) + 1;
  const nextRung = nextRank <= rungs.length ? rungOfRank(nextRank) : undefined;
  return {
    ...score,
    assessed: true,
    level: range.proven,
    possible: range.possible,
    next: nextRung
      ? {
          rung: nextRung,
          notMet: ladder[nextRung].map((c) => c.id).filter((id) => status(id) === 'not-met'),
          unknown: ladder[nextRung].map((c) => c.id).filter((id) => status(id) === 'no-evidence'),
        }
      : null,
    table3: {
      ...note,
      raisedByFloor: evidence === undefined || range.raisedByFloor,
      loweredByCeiling: range.loweredByCeiling,
    },
  };
}

/** The cities Table 3 covers: the Chinese pilots, and the EU pilots of its sample (footnote 16). */
export function table3Coverage(
  cities: readonly { id: string; region: string; role: string }[],
  euSample: readonly string[],
): Record<CooperationRegion, string[]> {
  return {
    cn: cities.filter((c) => c.region === 'cn' && c.role === 'pilot').map((c) => c.id),
    eu: [...euSample],
  };
}

/** A city's own evidence on a characteristic as the gate reads it; undefined when the paper says nothing. */
export const evidenceOf = (score: CharacteristicScore | undefined) =>
  score && score.level !== 'not-assessed' && score.possible !== 'not-assessed'
    ? { proven: score.level, possible: score.possible }
    : undefined;

/** Every covered city's scores with Table 3's bounds applied; other cities' scores as they are. */
export function boundScores<C extends string>(
  scores: ReadonlyMap<string, Record<C, CharacteristicScore>>,
  ladders: readonly { id: C; ladder: LadderIds | null }[],
  rows: readonly Table3Row[],
  covered: Record<CooperationRegion, readonly string[]>,
): Map<string, Record<C, CharacteristicScore>> {
  const regionOf = new Map<string, CooperationRegion>();
  for (const region of ['cn', 'eu'] as const) for (const id of covered[region]) regionOf.set(id, region);
  return new Map(
    [...scores].map(([city, byCharacteristic]) => {
      const region = regionOf.get(city);
      if (!region) return [city, byCharacteristic];
      const bounded = { ...byCharacteristic };
      for (const { id, ladder } of ladders) {
        const row = rows.find((r) => r.characteristic === id);
        if (row) bounded[id] = applyTable3(byCharacteristic[id], ladder, groupBounds(row[region]), region);
      }
      return [city, bounded];
    }),
  );
}
