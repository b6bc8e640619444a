import { describe, expect, it } from 'vitest';
import {
  isDefinite,
  scoreAssessment,
  scoreCharacteristic,
  type CriterionStatus,
  type LadderIds,
} from '../../src/lib/scoring';

// A ladder shaped like Annex 2's: two criteria on some rungs, one on others.
const ladder: LadderIds = {
  basic: [{ id: 'x.basic.a' }, { id: 'x.basic.b' }],
  average: [{ id: 'x.average.a' }],
  'more-advanced': [{ id: 'x.more-advanced.a' }, { id: 'x.more-advanced.b' }],
  'state-of-the-art': [{ id: 'x.state-of-the-art.a' }],
};
const all = Object.values(ladder)
  .flat()
  .map((c) => c.id);

function score(statuses: Record<string, CriterionStatus>) {
  return scoreCharacteristic(ladder, (id) => statuses[id] ?? 'no-evidence');
}
const metUpTo = (...prefixes: string[]) =>
  Object.fromEntries(all.filter((id) => prefixes.some((p) => id.startsWith(p))).map((id) => [id, 'met' as const]));
const everythingElse = (status: CriterionStatus, known: Record<string, CriterionStatus>) =>
  Object.fromEntries(all.map((id) => [id, known[id] ?? status]));

describe('scoreCharacteristic', () => {
  it('is not assessed when no criterion has evidence, never level 0', () => {
    const s = score({});
    expect(s.assessed).toBe(false);
    expect(s.level).toBe('not-assessed');
    expect(s.possible).toBe('not-assessed');
    expect(s.unknown).toEqual(all);
    expect(s.next).toBeNull();
  });

  it('is not yet addressed when a Basic criterion is not met', () => {
    const s = score(everythingElse('met', { 'x.basic.b': 'not-met' }));
    expect(s.level).toBe('not-yet-addressed');
    expect(s.possible).toBe('not-yet-addressed');
    expect(isDefinite(s)).toBe(true);
    expect(s.next).toEqual({ rung: 'basic', notMet: ['x.basic.b'], unknown: [] });
  });

  it.each([
    ['basic', ['x.basic'], 'x.average.a'],
    ['average', ['x.basic', 'x.average'], 'x.more-advanced.a'],
    ['more-advanced', ['x.basic', 'x.average', 'x.more-advanced'], 'x.state-of-the-art.a'],
  ] as const)('stops at %s when the next rung has a criterion not met', (level, prefixes, failing) => {
    const s = score(everythingElse('met', { ...metUpTo(...prefixes), [failing]: 'not-met' }));
    expect(s.level).toBe(level);
    expect(s.possible).toBe(level);
    expect(s.next?.notMet).toEqual([failing]);
  });

  it('reaches State-of-the-art only when every criterion of every rung is met', () => {
    const s = score(everythingElse('met', {}));
    expect(s.level).toBe('state-of-the-art');
    expect(s.next).toBeNull();
    expect(s.met).toEqual(all);
  });

  it('does not count a higher rung when a lower one is incomplete', () => {
    const s = score({
      ...metUpTo('x.average', 'x.more-advanced', 'x.state-of-the-art'),
      'x.basic.a': 'met',
      'x.basic.b': 'not-met',
    });
    expect(s.level).toBe('not-yet-addressed');
    expect(s.possible).toBe('not-yet-addressed');
  });

  it('needs every criterion of a rung, not one of them', () => {
    const s = score({ ...metUpTo('x.basic', 'x.average'), 'x.more-advanced.a': 'met', 'x.more-advanced.b': 'not-met' });
    expect(s.level).toBe('average');
    expect(s.possible).toBe('average');
    expect(s.next).toEqual({ rung: 'more-advanced', notMet: ['x.more-advanced.b'], unknown: [] });
  });

  it('reports the proven level and the highest level the unknown criteria still allow', () => {
    const s = score({ ...metUpTo('x.basic', 'x.average'), 'x.more-advanced.a': 'met' });
    expect(s.level).toBe('average');
    expect(s.possible).toBe('state-of-the-art');
    expect(isDefinite(s)).toBe(false);
    expect(s.next).toEqual({ rung: 'more-advanced', notMet: [], unknown: ['x.more-advanced.b'] });
  });

  it('caps the possible level at the first rung with a criterion not met', () => {
    const s = score({ ...metUpTo('x.basic'), 'x.more-advanced.b': 'not-met' });
    expect(s.level).toBe('basic');
    expect(s.possible).toBe('average');
  });

  it('proves no rung when only a higher rung has evidence', () => {
    const s = score({ 'x.state-of-the-art.a': 'met' });
    expect(s.assessed).toBe(true);
    expect(s.level).toBe('no-rung-proven');
    expect(s.possible).toBe('state-of-the-art');
    expect(s.next).toEqual({ rung: 'basic', notMet: [], unknown: ['x.basic.a', 'x.basic.b'] });
  });

  it('calls a characteristic not yet addressed only when a Basic criterion is not met', () => {
    const s = score({ 'x.basic.a': 'not-met', 'x.state-of-the-art.a': 'met' });
    expect(s.level).toBe('not-yet-addressed');
    expect(s.possible).toBe('not-yet-addressed');
  });

  it('explains which criteria are met, not met and unknown', () => {
    const s = score({ 'x.basic.a': 'met', 'x.basic.b': 'met', 'x.average.a': 'not-met' });
    expect(s.met).toEqual(['x.basic.a', 'x.basic.b']);
    expect(s.notMet).toEqual(['x.average.a']);
    expect(s.unknown).toEqual(['x.more-advanced.a', 'x.more-advanced.b', 'x.state-of-the-art.a']);
  });

  it('does not rate a characteristic without a ladder (legal & regulatory)', () => {
    const s = scoreCharacteristic(null, () => 'met');
    expect(s.assessed).toBe(false);
    expect(s.level).toBe('not-assessed');
  });
});

describe('scoreAssessment', () => {
  it('scores each characteristic and treats unlisted criteria as no evidence', () => {
    const scores = scoreAssessment(
      [
        { id: 'x', ladder },
        { id: 'legal', ladder: null },
      ],
      [
        { criterion: 'x.basic.a', status: 'met' },
        { criterion: 'x.basic.b', status: 'met' },
      ],
    );
    expect(scores.x.level).toBe('basic');
    expect(scores.x.possible).toBe('state-of-the-art');
    expect(scores.legal.level).toBe('not-assessed');
  });
});

describe('levelDistribution', () => {
  it('counts proven levels, flags open ranges and never counts unknown as a level', async () => {
    const { levelDistribution } = await import('../../src/lib/distribution');
    const d = levelDistribution([
      score({}),
      score(everythingElse('met', { 'x.average.a': 'not-met' })),
      score({ ...metUpTo('x.basic') }),
      score(everythingElse('met', {})),
    ]);
    expect(d.total).toBe(4);
    expect(d.counts['not-assessed']).toBe(1);
    expect(d.counts.basic).toBe(2);
    expect(d.counts['state-of-the-art']).toBe(1);
    expect(d.counts['not-yet-addressed']).toBe(0);
    expect(d.counts['no-rung-proven']).toBe(0);
  });
});
