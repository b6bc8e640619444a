/**
 * The site's own distribution of levels over a group of cities, to set beside the paper's Table 3.
 * A rating whose range is still open is counted at its proven level and also reported as unsettled.
 */
import { levels, type Level } from './levels';
import type { CharacteristicScore } from './scoring';

interface LevelDistribution {
  counts: Record<Level, number>;
  /** Ratings counted at their proven level whose evidence leaves a higher level possible. */
  unsettled: number;
  total: number;
}

export function levelDistribution(scores: readonly CharacteristicScore[]): LevelDistribution {
  const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
  let unsettled = 0;
  for (const score of scores) {
    counts[score.level] += 1;
    if (score.level !== score.possible) unsettled += 1;
  }
  return { counts, unsettled, total: scores.length };
}

/** Percentages as whole numbers, in the order of `levels`, for comparison with Table 3. */
export const sharesOf = (d: LevelDistribution): number[] =>
  levels.map((l) => (d.total === 0 ? 0 : Math.round((100 * d.counts[l]) / d.total)));
