/**
 * Peer finding (chapter 6: assess yourself, then learn from the most similar city one rung up).
 * Pure and browser-safe, shared by the city pages and the self-assessment.
 *
 * Similarity between two profiles uses only the characteristics assessed in both (unknown is never
 * read as zero), plus context the content holds: region, administrative level, district type where
 * known, and the service domains of their cases. The result says why and on how much data it rests.
 */
import { rankOf, type Level } from './levels';
import { isCooperationRegion, otherSide, type AdminLevel, type DistrictType, type Region } from './places';

export interface PeerProfile {
  id: string;
  /** Unset only for a self-assessment that does not say. */
  region?: Region;
  adminLevel?: AdminLevel;
  districtType?: DistrictType;
  domains: readonly string[];
  /** Levels per characteristic; absent or 'not-assessed' means unknown. */
  levels: Readonly<Record<string, { level: Level; possible: Level }>>;
}

export type SimilarityReason =
  | { kind: 'levels'; shared: number; meanGap: number }
  | { kind: 'region' }
  | { kind: 'admin-level' }
  | { kind: 'district-type' }
  | { kind: 'domains'; shared: readonly string[] };

export interface Similarity {
  /** 0 (nothing in common) to 1. */
  score: number;
  /** How many characteristics both profiles have assessed. */
  sharedCharacteristics: number;
  reasons: SimilarityReason[];
}

/** The proven rung (0 = not yet addressed … 4), or undefined when not assessed. */
function provenRank(profile: PeerProfile, characteristic: string): number | undefined {
  const entry = profile.levels[characteristic];
  return entry && entry.level !== 'not-assessed' ? rankOf(entry.level) : undefined;
}

/** The highest rung the evidence still allows, or undefined when not assessed. */
function possibleRank(profile: PeerProfile, characteristic: string): number | undefined {
  const entry = profile.levels[characteristic];
  return entry && entry.possible !== 'not-assessed' ? rankOf(entry.possible) : undefined;
}

const assessedIn = (p: PeerProfile) => Object.keys(p.levels).filter((c) => provenRank(p, c) !== undefined);

export function similarity(a: PeerProfile, b: PeerProfile): Similarity {
  const shared = assessedIn(a).filter((c) => provenRank(b, c) !== undefined);
  const reasons: SimilarityReason[] = [];
  let levelScore = 0;
  if (shared.length > 0) {
    const meanGap = shared.reduce((sum, c) => sum + Math.abs(provenRank(a, c)! - provenRank(b, c)!), 0) / shared.length;
    levelScore = 1 - meanGap / 4;
    reasons.push({ kind: 'levels', shared: shared.length, meanGap: Math.round(meanGap * 100) / 100 });
  }
  const sharedDomains = a.domains.filter((d) => b.domains.includes(d));
  const allDomains = new Set([...a.domains, ...b.domains]).size;
  const context = [
    a.region && a.region === b.region ? 1 : 0,
    a.adminLevel && a.adminLevel === b.adminLevel ? 1 : 0,
    a.districtType && b.districtType ? (a.districtType === b.districtType ? 1 : 0) : 0.5,
    allDomains > 0 ? sharedDomains.length / allDomains : 0,
  ];
  if (context[0] === 1) reasons.push({ kind: 'region' });
  if (context[1] === 1) reasons.push({ kind: 'admin-level' });
  if (context[2] === 1) reasons.push({ kind: 'district-type' });
  if (sharedDomains.length > 0) reasons.push({ kind: 'domains', shared: sharedDomains });
  const contextScore = context.reduce((s, x) => s + x, 0) / context.length;
  // Levels weigh most when there are any to compare; with none, context alone speaks.
  const score = shared.length > 0 ? 0.6 * levelScore + 0.4 * contextScore : 0.4 * contextScore;
  return { score: Math.round(score * 1000) / 1000, sharedCharacteristics: shared.length, reasons };
}

type PeerQuery<P extends PeerProfile> =
  | { status: 'not-assessed' }
  | { status: 'at-top' }
  | { status: 'ok'; nextRank: number; peers: { profile: P; similarity: Similarity }[] };

/**
 * Candidates whose proven level on `characteristic` is exactly one rung above the target's,
 * most similar first (ties by id). A target with no evidence on it has no rung to climb from.
 */
export function peersOneRungUp<P extends PeerProfile>(
  target: PeerProfile,
  candidates: readonly P[],
  characteristic: string,
  limit = 5,
): PeerQuery<P> {
  const rank = provenRank(target, characteristic);
  if (rank === undefined) return { status: 'not-assessed' };
  if (rank >= 4) return { status: 'at-top' };
  const peers = candidates
    .filter((c) => c.id !== target.id && provenRank(c, characteristic) === rank + 1)
    .map((profile) => ({ profile, similarity: similarity(target, profile) }))
    .sort((a, b) => b.similarity.score - a.similarity.score || a.profile.id.localeCompare(b.profile.id))
    .slice(0, limit);
  return { status: 'ok', nextRank: rank + 1, peers };
}

/**
 * Characteristics that trail the strongest one by two rungs or more (chapter 6: avoid large gaps).
 * A gap counts only when even the highest level the evidence allows is that far behind, so a
 * characteristic whose criteria are merely unknown is never called weak.
 */
export function balanceWarnings(profile: PeerProfile): { characteristic: string; gap: number }[] {
  const assessed = assessedIn(profile);
  if (assessed.length < 2) return [];
  const top = Math.max(...assessed.map((c) => provenRank(profile, c)!));
  return assessed
    .map((c) => ({ characteristic: c, gap: top - possibleRank(profile, c)! }))
    .filter((r) => r.gap >= 2)
    .sort((a, b) => b.gap - a.gap || a.characteristic.localeCompare(b.characteristic));
}

/**
 * Cities of the other side (EU ↔ China) that are stronger where the target is weaker and weaker
 * where it is stronger: pairs that can each teach the other.
 */
export function exchangePartners<P extends PeerProfile>(target: PeerProfile, candidates: readonly P[], limit = 5) {
  return exchangePartnerFinder(candidates)(target, limit);
}

/**
 * `exchangePartners` over the same candidates for many targets: their levels are packed once into arrays, and a
 * target's lists of what each partner teaches and learns are made only for the partners kept.
 */
export function exchangePartnerFinder<P extends PeerProfile>(candidates: readonly P[]) {
  const characteristics = [...new Set(candidates.flatMap((p) => Object.keys(p.levels)))];
  const slot = new Map(characteristics.map((c, i) => [c, i]));
  const width = characteristics.length;
  // Proven and possible rank per candidate and characteristic; -1 where unknown.
  const proven = new Int8Array(candidates.length * width).fill(-1);
  const possible = new Int8Array(candidates.length * width).fill(-1);
  const onSide = new Map<Region, number[]>();
  candidates.forEach((p, i) => {
    for (const c of characteristics) {
      proven[i * width + slot.get(c)!] = provenRank(p, c) ?? -1;
      possible[i * width + slot.get(c)!] = possibleRank(p, c) ?? -1;
    }
    if (p.region) onSide.set(p.region, [...(onSide.get(p.region) ?? []), i]);
  });

  return (target: PeerProfile, limit = 5) => {
    if (!isCooperationRegion(target.region)) return [];
    // Stronger means proven above what the other's evidence even allows; unknown is never weaker or stronger.
    const own = assessedIn(target).flatMap((c) =>
      slot.has(c)
        ? [{ c, at: slot.get(c)!, proven: provenRank(target, c)!, possible: possibleRank(target, c) ?? -1 }]
        : [],
    );
    const compare = (i: number, keep: (c: string, side: 'teaches' | 'learns') => void) => {
      for (const x of own) {
        const theirs = proven[i * width + x.at];
        if (theirs === -1) continue;
        if (x.possible !== -1 && theirs > x.possible) keep(x.c, 'teaches');
        const theirPossible = possible[i * width + x.at];
        if (theirPossible !== -1 && x.proven > theirPossible) keep(x.c, 'learns');
      }
    };
    const ranked: { at: number; both: number }[] = [];
    for (const i of onSide.get(otherSide(target.region)) ?? []) {
      let teaches = 0;
      let learns = 0;
      compare(i, (_, side) => (side === 'teaches' ? teaches++ : learns++));
      if (teaches > 0 && learns > 0) ranked.push({ at: i, both: Math.min(teaches, learns) });
    }
    return ranked
      .sort((a, b) => b.both - a.both || candidates[a.at].id.localeCompare(candidates[b.at].id))
      .slice(0, limit)
      .map(({ at }) => {
        const found = { teaches: [] as string[], learns: [] as string[] };
        compare(at, (c, side) => found[side].push(c));
        return { profile: candidates[at], ...found };
      });
  };
}

/**
 * The profile with only what the functions above read: each characteristic's level and possible level,
 * characteristics with no evidence left out (absent means unknown). The self-assessment ships every
 * city's profile to the browser, so it sends these rather than the full scores with their criteria.
 */
export function compactProfile(profile: PeerProfile): PeerProfile {
  const levels = Object.entries(profile.levels)
    .filter(([, s]) => s.level !== 'not-assessed' || s.possible !== 'not-assessed')
    .map(([c, s]) => [c, { level: s.level, possible: s.possible }] as const);
  return {
    id: profile.id,
    region: profile.region,
    adminLevel: profile.adminLevel,
    ...(profile.districtType === undefined ? {} : { districtType: profile.districtType }),
    domains: profile.domains,
    levels: Object.fromEntries(levels),
  };
}

/**
 * `similarity(...).score` of one profile against many, fast: the candidates' levels, context and service domains
 * are packed once into arrays, so scoring a pair reads numbers instead of copying and walking objects. "Learn
 * next from" scores every city against every teacher that could teach it, and that pairing is the part of the
 * build that grows with the square of the number of cities. The result is the same number as `similarity`
 * gives for the same pair, with `except` left out of both profiles (tests/unit/peers.test.ts holds the two
 * equal over random profiles); the reasons are left to `similarity`, for the few pairs that are shown.
 */
export function similarityScorer(candidates: readonly PeerProfile[]) {
  const characteristics = [...new Set(candidates.flatMap((p) => Object.keys(p.levels)))];
  const slot = new Map(characteristics.map((c, i) => [c, i]));
  const width = characteristics.length;
  // Proven rank per candidate and characteristic; -1 where not assessed.
  const ranks = new Int8Array(candidates.length * width).fill(-1);
  const domainBit = new Map<string, number>();
  const domainMasks = new Int32Array(candidates.length);
  const domainCounts = new Uint8Array(candidates.length);
  candidates.forEach((p, i) => {
    for (const c of characteristics) {
      const rank = provenRank(p, c);
      if (rank !== undefined) ranks[i * width + slot.get(c)!] = rank;
    }
    const distinct = new Set(p.domains);
    for (const d of distinct) {
      if (!domainBit.has(d)) domainBit.set(d, domainBit.size);
      if (domainBit.get(d)! < 31) domainMasks[i] |= 1 << domainBit.get(d)!;
    }
    domainCounts[i] = distinct.size;
  });
  // Packed domains need one bit each; with more than 31 kinds (there are 16 today), every pair takes the long way.
  const packed = domainBit.size <= 31 && candidates.every((p) => p.domains.length === new Set(p.domains).size);

  /** A scorer of `target` (less `except`) against the candidate at an index (less `except`). */
  return function against(target: PeerProfile, except?: string): (candidate: number) => number {
    if (!packed) {
      const a = withoutCharacteristic(target, except);
      return (i) => similarity(a, withoutCharacteristic(candidates[i], except)).score;
    }
    const own: number[] = [];
    for (const c of assessedIn(target)) {
      if (c === except || !slot.has(c)) continue;
      own.push(slot.get(c)!, provenRank(target, c)!);
    }
    const targetDomains = target.domains.map((d) => domainBit.get(d) ?? -1);
    const distinctKnown = [...new Set(targetDomains.filter((bit) => bit >= 0))];
    const distinctUnknown = new Set(target.domains.filter((d) => !domainBit.has(d))).size;
    return (i) => {
      let shared = 0;
      let gaps = 0;
      for (let k = 0; k < own.length; k += 2) {
        const theirs = ranks[i * width + own[k]];
        if (theirs >= 0) {
          shared++;
          gaps += Math.abs(own[k + 1] - theirs);
        }
      }
      const mask = domainMasks[i];
      let sharedDomains = 0;
      for (const bit of targetDomains) if (bit >= 0 && mask & (1 << bit)) sharedDomains++;
      let allDomains = domainCounts[i] + distinctUnknown;
      for (const bit of distinctKnown) if (!(mask & (1 << bit))) allDomains++;
      const b = candidates[i];
      // The same operations, in the same order, as `similarity`, so the rounded score is the same number.
      const context =
        (target.region && target.region === b.region ? 1 : 0) +
        (target.adminLevel && target.adminLevel === b.adminLevel ? 1 : 0) +
        (target.districtType && b.districtType ? (target.districtType === b.districtType ? 1 : 0) : 0.5) +
        (allDomains > 0 ? sharedDomains / allDomains : 0);
      const contextScore = context / 4;
      const score = shared > 0 ? 0.6 * (1 - gaps / shared / 4) + 0.4 * contextScore : 0.4 * contextScore;
      return Math.round(score * 1000) / 1000;
    };
  };
}

/** The same profile without one characteristic, so a similarity rests on the others. */
export function withoutCharacteristic<P extends PeerProfile>(profile: P, characteristic: string | undefined): P {
  if (characteristic === undefined || !(characteristic in profile.levels)) return profile;
  const levels = { ...profile.levels };
  delete levels[characteristic];
  return { ...profile, levels };
}

/**
 * The most similar candidates to a target (by `similarity`), most similar first, ties by id. The candidates are packed
 * once (`similarityScorer`) and grouped by region and administrative level. A candidate sharing neither with the
 * target scores at most 0.8 (levels 0.6 at best, context 0.4 × two of four), one sharing one of them at most 0.9; so
 * the groups are scored in that order, and the rest is skipped once the last of the best already scores above what it
 * could reach. Exact: the same list as scoring every candidate. The compare link of a city page.
 */
export function mostSimilarFinder<P extends PeerProfile>(candidates: readonly P[]) {
  const scorer = similarityScorer(candidates);
  const groups = new Map<string, { region?: Region; adminLevel?: AdminLevel; members: number[] }>();
  candidates.forEach((c, i) => {
    const key = `${c.region ?? ''} ${c.adminLevel ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { region: c.region, adminLevel: c.adminLevel, members: [] }));
    group.members.push(i);
  });
  /** The highest score a candidate can reach, by how many of region and administrative level it shares. */
  const reach = [0.8, 0.9, 1];
  return function mostSimilarTo(target: PeerProfile, limit = 3): P[] {
    const score = scorer(target);
    const byShared: number[][][] = [[], [], []];
    for (const g of groups.values()) {
      const shared =
        (target.region && target.region === g.region ? 1 : 0) +
        (target.adminLevel && target.adminLevel === g.adminLevel ? 1 : 0);
      byShared[shared].push(g.members);
    }
    // The best so far, best first, as parallel arrays: nothing made per candidate.
    const at: number[] = [];
    const scores: number[] = [];
    const before = (s: number, i: number, k: number) =>
      s > scores[k] || (s === scores[k] && candidates[i].id < candidates[at[k]].id);
    for (let shared = 2; shared >= 0; shared--) {
      if (at.length === limit && scores[limit - 1] > reach[shared]) break;
      for (const members of byShared[shared]) {
        for (const i of members) {
          if (candidates[i].id === target.id) continue;
          const s = score(i);
          if (at.length === limit && !before(s, i, at.length - 1)) continue;
          let k = at.length;
          while (k > 0 && before(s, i, k - 1)) k--;
          at.splice(k, 0, i);
          scores.splice(k, 0, s);
          if (at.length > limit) {
            at.pop();
            scores.pop();
          }
        }
      }
    }
    return at.map((i) => candidates[i]);
  };
}
