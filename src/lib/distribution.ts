/**
 * The site's own distribution of levels over a group of cities, to set beside the paper's Table 3.
 * A rating whose range is still open is counted at its proven level.
 */
import { levels, type Level } from './levels';
import type { CharacteristicScore } from './scoring';

interface LevelDistribution {
  counts: Record<Level, number>;
  total: number;
}

export function levelDistribution(scores: readonly CharacteristicScore[]): LevelDistribution {
  const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
  for (const score of scores) counts[score.level] += 1;
  return { counts, total: scores.length };
}
