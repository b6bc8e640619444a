/**
 * Where a city stands, for the first screen of its page (issue 21, point 2): the characteristics proven highest and
 * lowest, those not assessed, and the one next step to take first with its best teacher. Pure: it reads the city's
 * scores and its "learn next from" report (src/lib/next-steps.ts) and decides nothing the page below does not show.
 */
import { rankOf } from './levels';
import type { Lesson, NextStep, Proof } from './next-steps';
import type { PeerProfile } from './peers';
import type { CharacteristicScore } from './scoring';

/** Any proof: the summary only passes the report's lessons on. */
type AnyProof = Proof<unknown>;

export interface CitySummary {
  /** The characteristics at the city's highest proven rank (Basic or above), in the paper's order. */
  strongest: string[];
  /** The assessed characteristics at its lowest proven rank, when that is below the highest. */
  weakest: string[];
  /** The rated characteristics nothing is known of. */
  unknown: string[];
  /** The next step to take first, with its best teacher when the report has one. */
  next?: { step: NextStep<PeerProfile, AnyProof>; teacher?: Lesson<PeerProfile, AnyProof> };
}

/**
 * The summary of a city's rated characteristics (`rated`, in the paper's order). The next step shown first is on a
 * characteristic proven lowest, so the first line of advice is where the city is weakest; among those, one with a
 * teacher proven exactly one rung up before one with any other teacher, then the paper's order. When no step on the
 * weakest has a teacher, the first step with one is shown, and failing that the first step.
 */
export function citySummary(
  rated: readonly string[],
  scores: Readonly<Record<string, CharacteristicScore>>,
  steps: readonly NextStep<PeerProfile, AnyProof>[],
): CitySummary {
  const assessed = rated.filter((id) => scores[id].level !== 'not-assessed');
  const rank = (id: string) => {
    const level = scores[id].level;
    return level === 'not-assessed' ? -1 : rankOf(level);
  };
  const ranks = assessed.map(rank);
  const top = Math.max(...ranks);
  const bottom = Math.min(...ranks);
  const strongest = top >= 1 ? assessed.filter((id) => rank(id) === top) : [];
  const weakest = bottom < top || top < 1 ? assessed.filter((id) => rank(id) === bottom) : [];
  const unknown = rated.filter((id) => scores[id].level === 'not-assessed');
  // 0-3: with a teacher (weakest first, then one proven exactly one rung up first); 4-5: without one.
  const order = (step: NextStep<PeerProfile, AnyProof>) => {
    const onWeakest = rank(step.characteristic) === bottom ? 0 : 1;
    const first = step.lessons[0];
    return first ? onWeakest * 2 + (first.kind === 'a' ? 0 : 1) : 4 + onWeakest;
  };
  const ordered = steps
    .map((step, at) => ({ step, at }))
    .filter(({ step }) => rated.includes(step.characteristic))
    .sort((x, y) => order(x.step) - order(y.step) || x.at - y.at);
  const chosen = ordered[0]?.step;
  return {
    strongest,
    weakest,
    unknown,
    ...(chosen ? { next: { step: chosen, ...(chosen.lessons[0] ? { teacher: chosen.lessons[0] } : {}) } } : {}),
  };
}
