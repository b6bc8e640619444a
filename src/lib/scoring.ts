/**
 * Evidence-based scoring on the Annex 2 ladder. Pure and browser-safe: the build scores every
 * assessment with it and the self-assessment island runs the same code.
 *
 * Ladder semantics: a rung counts only when every criterion of it and of every rung below is met. The
 * criteria state achievements that stay true as a city climbs (content/characteristics), so the rungs add up.
 * Below Basic the evidence either shows a Basic criterion unmet ("not yet addressed") or proves no rung.
 * "No evidence" is not "not met": the proven level only uses met criteria, and the highest level
 * the unknown criteria would still allow is reported beside it, so a gap in the paper never
 * lowers or raises a rating silently.
 */
import { levelOfRank, rungs, type Level, type Rung } from './levels';
import type { Table3Note } from './table3-bounds';

export type CriterionStatus = 'met' | 'not-met' | 'no-evidence';

/** The part of a characteristic the scorer needs: the criterion ids of each rung. */
export type LadderIds = Record<Rung, readonly { id: string }[]>;

interface NextRung {
  rung: Rung;
  /** Criteria of the next rung the evidence says are not met. */
  notMet: string[];
  /** Criteria of the next rung the paper gives no evidence for. */
  unknown: string[];
}

export interface CharacteristicScore {
  /** False when no criterion has evidence, or the characteristic has no ladder. */
  assessed: boolean;
  /** The level the evidence proves ('not-assessed' when nothing is known). */
  level: Level;
  /** The highest level the unknown criteria would still allow; equals `level` when the evidence settles it. */
  possible: Level;
  met: string[];
  notMet: string[];
  unknown: string[];
  /** What the rung above the proven level still needs; null at the top or when not assessed. */
  next: NextRung | null;
  /** For a city the paper's Table 3 covers: its bounds, already applied to `level` and `possible`. */
  table3?: Table3Note;
}

const notAssessed = (unknown: string[]): CharacteristicScore => ({
  assessed: false,
  level: 'not-assessed',
  possible: 'not-assessed',
  met: [],
  notMet: [],
  unknown,
  next: null,
});

export function scoreCharacteristic(
  ladder: LadderIds | null,
  statusOf: (criterionId: string) => CriterionStatus,
): CharacteristicScore {
  if (!ladder) return notAssessed([]);
  const byRung = rungs.map((rung) => ladder[rung].map((c) => ({ id: c.id, status: statusOf(c.id) })));
  const all = byRung.flat();
  const ids = (status: CriterionStatus) => all.filter((c) => c.status === status).map((c) => c.id);
  const met = ids('met');
  const notMet = ids('not-met');
  const unknown = ids('no-evidence');
  if (met.length === 0 && notMet.length === 0) return notAssessed(unknown);

  let proven = -1;
  while (proven + 1 < rungs.length && byRung[proven + 1].every((c) => c.status === 'met')) proven++;
  let possible = -1;
  while (possible + 1 < rungs.length && byRung[possible + 1].every((c) => c.status !== 'not-met')) possible++;

  const nextIndex = proven + 1;
  const next =
    nextIndex < rungs.length
      ? {
          rung: rungs[nextIndex],
          notMet: byRung[nextIndex].filter((c) => c.status === 'not-met').map((c) => c.id),
          unknown: byRung[nextIndex].filter((c) => c.status === 'no-evidence').map((c) => c.id),
        }
      : null;

  // Below Basic, "not yet addressed" needs evidence that a Basic criterion is not met; otherwise nothing is proven.
  const basicUnmet = byRung[0].some((c) => c.status === 'not-met');
  return {
    assessed: true,
    level: proven === -1 && !basicUnmet ? 'no-rung-proven' : levelOfRank(proven + 1),
    possible: levelOfRank(possible + 1),
    met,
    notMet,
    unknown,
    next,
  };
}

/** Whether the evidence settles the level, or leaves a range open. */
export const isDefinite = (score: CharacteristicScore): boolean => score.level === score.possible;

interface AssessedCriterion {
  criterion: string;
  status: CriterionStatus;
}

interface ScorableCharacteristic<Id extends string = string> {
  id: Id;
  ladder: LadderIds | null;
}

/** Scores one city (or a self-assessment) on every characteristic. Unlisted criteria have no evidence. */
export function scoreAssessment<Id extends string>(
  characteristics: readonly ScorableCharacteristic<Id>[],
  criteria: readonly AssessedCriterion[],
): Record<Id, CharacteristicScore> {
  const status = new Map(criteria.map((c) => [c.criterion, c.status]));
  const statusOf = (id: string): CriterionStatus => status.get(id) ?? 'no-evidence';
  return Object.fromEntries(characteristics.map((c) => [c.id, scoreCharacteristic(c.ladder, statusOf)])) as Record<
    Id,
    CharacteristicScore
  >;
}
