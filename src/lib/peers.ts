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
  if (!isCooperationRegion(target.region)) return [];
  const side = otherSide(target.region);
  return candidates
    .filter((c) => c.region === side)
    .map((partner) => {
      const both = assessedIn(target).filter((c) => provenRank(partner, c) !== undefined);
      // Stronger means proven above what the other's evidence even allows.
      const teaches = both.filter((c) => provenRank(partner, c)! > possibleRank(target, c)!);
      const learns = both.filter((c) => provenRank(target, c)! > possibleRank(partner, c)!);
      return { profile: partner, teaches, learns };
    })
    .filter((x) => x.teaches.length > 0 && x.learns.length > 0)
    .sort(
      (a, b) =>
        Math.min(b.teaches.length, b.learns.length) - Math.min(a.teaches.length, a.learns.length) ||
        a.profile.id.localeCompare(b.profile.id),
    )
    .slice(0, limit);
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
