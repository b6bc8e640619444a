/**
 * The levels of the paper's Table 3, in its column order: "not-assessed" (the paper gives no evidence),
 * "not-yet-addressed" (the city has not taken the characteristic up: Basic is not reached), then the four
 * rungs of Annex 2. Kept free of zod and Node so the browser scripts can import it.
 */
export const paperLevels = [
  'not-assessed',
  'not-yet-addressed',
  'basic',
  'average',
  'more-advanced',
  'state-of-the-art',
] as const;
export type PaperLevel = (typeof paperLevels)[number];

/**
 * The site's levels: the paper's, plus "no-rung-proven": the characteristic is assessed (some criterion has
 * evidence), but no rung is proven and no Basic criterion is known to be unmet, so the city is neither rated
 * nor "not yet addressed". Unknown is never zero.
 */
export const levels = ['not-assessed', 'no-rung-proven', ...paperLevels.slice(1)] as const;
export type Level = (typeof levels)[number];

/** The four rungs of the Annex 2 ladder, lowest first. */
export const rungs = ['basic', 'average', 'more-advanced', 'state-of-the-art'] as const;
export type Rung = (typeof rungs)[number];

/** A level the evidence decides: every level but "not assessed". */
export type RatedLevel = Exclude<Level, 'not-assessed'>;

/**
 * The rank of a level, its position on the ladder: 0 = below Basic (not yet addressed, or no rung proven),
 * 1 = Basic … 4 = State-of-the-art. Not assessed has none. The only place ranks and levels are converted.
 */
export function rankOf(level: RatedLevel): number {
  return level === 'no-rung-proven' ? 0 : paperLevels.indexOf(level) - 1;
}

/** The level at a rank: 0 → not yet addressed, 1 → Basic … 4 → State-of-the-art. */
export function levelOfRank(rank: number): RatedLevel {
  const level = paperLevels[rank + 1];
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
