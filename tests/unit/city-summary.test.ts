import { describe, expect, it } from 'vitest';
import { citySummary } from '../../src/lib/city-summary';
import type { Level, Rung } from '../../src/lib/levels';
import type { NextStep, Proof, TeacherKind } from '../../src/lib/next-steps';
import type { PeerProfile } from '../../src/lib/peers';
import type { CharacteristicScore } from '../../src/lib/scoring';

// Test data: scores and reports made here, not the paper's.
const score = (level: Level): CharacteristicScore => ({
  assessed: level !== 'not-assessed',
  level,
  possible: level,
  met: [],
  notMet: [],
  unknown: [],
  next: null,
});
const scores = (levels: Record<string, Level>) =>
  Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, score(level)]));
const teacher = (id: string): PeerProfile => ({ id, region: 'eu', adminLevel: 'city', domains: [], levels: {} });
const step = (
  characteristic: string,
  rung: Rung,
  kinds: TeacherKind[] = [],
): NextStep<PeerProfile, Proof<unknown>> => ({
  characteristic,
  rung,
  lacking: [`${characteristic}.${rung}.a`],
  lessons: kinds.map((kind, i) => ({
    teacher: teacher(`${characteristic}-teacher-${i}`),
    kind,
    proofs: [],
    similarity: { score: 0.5, sharedCharacteristics: 1, reasons: [] },
  })),
});
const rated = ['strategy', 'governance', 'funding', 'data'];

describe('where a city stands, for the first screen of its page', () => {
  it('names the characteristics proven highest and lowest, apart from those not assessed', () => {
    const summary = citySummary(
      rated,
      scores({ strategy: 'more-advanced', governance: 'basic', funding: 'more-advanced', data: 'not-assessed' }),
      [],
    );
    expect(summary.strongest).toEqual(['strategy', 'funding']);
    expect(summary.weakest).toEqual(['governance']);
    expect(summary.unknown).toEqual(['data']);
    expect(summary.next).toBeUndefined();
  });

  it('calls nothing strongest when no rung is proven anywhere, and nothing weakest when all stand level', () => {
    const none = citySummary(
      rated,
      scores({
        strategy: 'no-rung-proven',
        governance: 'no-rung-proven',
        funding: 'not-assessed',
        data: 'not-assessed',
      }),
      [],
    );
    expect(none.strongest).toEqual([]);
    expect(none.weakest).toEqual(['strategy', 'governance']);
    const level = citySummary(
      rated,
      scores({ strategy: 'average', governance: 'average', funding: 'average', data: 'average' }),
      [],
    );
    expect(level.strongest).toEqual(rated);
    expect(level.weakest).toEqual([]);
  });

  it('knows nothing when nothing is assessed: no strongest, no weakest, every characteristic unknown', () => {
    const summary = citySummary(rated, scores(Object.fromEntries(rated.map((id) => [id, 'not-assessed']))), []);
    expect(summary).toEqual({ strongest: [], weakest: [], unknown: rated });
  });

  it('puts first the step on the weakest characteristic, with a teacher one rung up before any other teacher', () => {
    const levels = scores({ strategy: 'average', governance: 'basic', funding: 'basic', data: 'more-advanced' });
    const summary = citySummary(rated, levels, [
      step('strategy', 'more-advanced', ['a']),
      step('governance', 'average', ['b']),
      step('funding', 'average', ['a', 'b']),
    ]);
    expect(summary.next?.step.characteristic).toBe('funding');
    expect(summary.next?.teacher?.teacher.id).toBe('funding-teacher-0');
    expect(summary.next?.teacher?.kind).toBe('a');
  });

  it('prefers a step with a teacher elsewhere to one without on the weakest, and shows a step with none last', () => {
    const levels = scores({ strategy: 'average', governance: 'basic', funding: 'not-assessed', data: 'not-assessed' });
    const withTeacher = citySummary(rated, levels, [
      step('governance', 'average'),
      step('strategy', 'more-advanced', ['c']),
    ]);
    expect(withTeacher.next?.step.characteristic).toBe('strategy');
    expect(withTeacher.next?.teacher?.kind).toBe('c');
    const without = citySummary(rated, levels, [step('strategy', 'more-advanced'), step('governance', 'average')]);
    expect(without.next?.step.characteristic).toBe('governance');
    expect(without.next?.teacher).toBeUndefined();
  });
});
