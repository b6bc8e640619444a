/**
 * The maturity scale of the white paper (Table 3, Annex 2). Kept free of zod and Node so the
 * browser islands can import it. "not-assessed": the paper gives no evidence. "not-yet-addressed":
 * the evidence shows the first rung is not reached. Unknown is never zero.
 */
export const levels = [
  'not-assessed',
  'not-yet-addressed',
  'basic',
  'average',
  'more-advanced',
  'state-of-the-art',
] as const;
export type Level = (typeof levels)[number];

/** The four rungs of the Annex 2 ladder, lowest first. */
export const rungs = ['basic', 'average', 'more-advanced', 'state-of-the-art'] as const;
export type Rung = (typeof rungs)[number];

/** A level the evidence decides: every level but "not assessed". */
export type RatedLevel = Exclude<Level, 'not-assessed'>;

/**
 * The rank of a level, its position on the ladder: 0 = not yet addressed, 1 = Basic … 4 = State-of-the-art.
 * Not assessed has none. The only place ranks and levels are converted.
 */
export function rankOf(level: RatedLevel): number {
  return levels.indexOf(level) - 1;
}

/** The level at a rank: 0 → not yet addressed, 1 → Basic … 4 → State-of-the-art. */
export function levelOfRank(rank: number): RatedLevel {
  const level = levels[rank + 1];
  if (rank < 0 || !level || level === 'not-assessed') throw new RangeError(`no level has rank ${rank}`);
  return level;
}

/** The rung at a rank from 1 (Basic) to 4 (State-of-the-art). */
export function rungOfRank(rank: number): Rung {
  const rung = rungs[rank - 1];
  if (!rung) throw new RangeError(`no rung has rank ${rank}`);
  return rung;
}

/** The nine characteristics of the assessment framework (chapter 3, Annex 1), in the paper's order. */
export const characteristicIds = [
  'strategy',
  'stakeholders',
  'governance',
  'funding',
  'value-assessment',
  'business-model',
  'ict-infrastructure',
  'services',
  'legal-regulatory',
] as const;
export type CharacteristicId = (typeof characteristicIds)[number];
