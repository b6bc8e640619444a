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
import { levelOfRank, levels, rankOf, type Level, type RatedLevel } from './levels';
import type { CooperationRegion } from './places';

/** One share per level, in the order of `levels` (percent, as printed). */
export type Shares = readonly number[];

export interface GroupBounds {
  /** The level every covered city has at least, where the row proves one. */
  floor?: RatedLevel;
  /** The level no covered city is above. */
  ceiling?: RatedLevel;
}

const shareAt = (shares: Shares, level: Level) => shares[levels.indexOf(level)] ?? 0;

/** The floor and ceiling a Table 3 row puts on every city it covers. */
export function groupBounds(shares: Shares): GroupBounds {
  const shown = levels.filter((level) => shareAt(shares, level) > 0);
  const bounds: GroupBounds = {};
  const lowest = shown[0];
  const highest = shown[shown.length - 1];
  // A share of cities not assessed or not yet addressed leaves room for a city below any rung.
  if (lowest && lowest !== 'not-assessed' && lowest !== 'not-yet-addressed') bounds.floor = lowest;
  if (highest && highest !== 'not-assessed') bounds.ceiling = highest;
  return bounds;
}

/** How many of `covered` cities the row allows at or above a level: its shares from that level up, rounded. */
export function maxAtOrAbove(shares: Shares, level: RatedLevel, covered: number): number {
  const from = levels.indexOf(level);
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
  return {
    proven: levelOfRank(provenRank),
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
      level: RatedLevel;
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
      for (const level of levels.slice(2) as RatedLevel[]) {
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
