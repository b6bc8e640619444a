import { describe, expect, it } from 'vitest';
import { rungs, type Level } from '../../src/lib/levels';
import { indexTeachers, nextSteps, type Proof } from '../../src/lib/next-steps';
import { similarity, withoutCharacteristic, type PeerProfile } from '../../src/lib/peers';
import { ladders as randomLadders, randomCities } from './helpers/random-profiles';
import type { LadderIds } from '../../src/lib/scoring';

const ladder = (c: string): LadderIds => ({
  basic: [{ id: `${c}.basic.a` }],
  average: [{ id: `${c}.average.a` }, { id: `${c}.average.b` }],
  'more-advanced': [{ id: `${c}.more-advanced.a` }],
  'state-of-the-art': [{ id: `${c}.state-of-the-art.a` }],
});
const ladders = ['funding', 'governance'].map((id) => ({ id, ladder: ladder(id) }));

const profile = (id: string, levels: Record<string, Level>): PeerProfile => ({
  id,
  region: 'cn',
  adminLevel: 'city',
  domains: [],
  levels: Object.fromEntries(Object.entries(levels).map(([c, level]) => [c, { level, possible: level }])),
});
const proof = (criterion: string): Proof => ({
  criterion,
  evidence: { zh: `证据 ${criterion}`, en: `evidence ${criterion}` },
  cite: { at: ['ch5.3'] },
});
const teacher = (id: string, levels: Record<string, Level>, met: string[]) => ({
  profile: profile(id, levels),
  proofs: new Map(met.map((c) => [c, proof(c)])),
});

const learner = (levels: Record<string, Level>, met: string[]) => ({
  profile: profile('learner', levels),
  meets: (c: string) => met.includes(c),
});

describe('learn next from', () => {
  it('offers a city proven exactly one rung up first (kind a), with the evidence of what the learner lacks', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic' }, ['funding.basic.a']),
      teachers: [
        teacher('up-one', { funding: 'average' }, ['funding.basic.a', 'funding.average.a', 'funding.average.b']),
      ],
      ladders,
    });
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      characteristic: 'funding',
      rung: 'average',
      lacking: ['funding.average.a', 'funding.average.b'],
    });
    expect(steps[0].lessons.map((l) => [l.teacher.id, l.kind, l.proofs.map((p) => p.criterion)])).toEqual([
      ['up-one', 'a', ['funding.average.a', 'funding.average.b']],
    ]);
  });

  it('offers a city with evidence of one missing criterion when no city is proven one rung up (kind b)', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic' }, ['funding.basic.a', 'funding.average.a']),
      teachers: [
        teacher('partial', { funding: 'not-yet-addressed' }, ['funding.average.b']),
        teacher('silent', { funding: 'basic' }, ['funding.basic.a']),
      ],
      ladders,
    });
    expect(steps[0].lacking).toEqual(['funding.average.b']);
    expect(steps[0].lessons.map((l) => [l.teacher.id, l.kind])).toEqual([['partial', 'b']]);
  });

  it('falls back to evidence of a higher criterion, marked a step further on (kind c), only when a and b find no one', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic' }, ['funding.basic.a']),
      teachers: [teacher('far', { funding: 'not-yet-addressed' }, ['funding.state-of-the-art.a'])],
      ladders,
    });
    expect(steps[0].lessons.map((l) => [l.teacher.id, l.kind, l.proofs.map((p) => p.criterion)])).toEqual([
      ['far', 'c', ['funding.state-of-the-art.a']],
    ]);
  });

  it('a learner with no rung proven climbs to Basic; a characteristic not assessed or at the top gets no step', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'not-yet-addressed', governance: 'state-of-the-art' }, []),
      teachers: [teacher('t', { funding: 'basic' }, ['funding.basic.a'])],
      ladders: [...ladders, { id: 'strategy', ladder: ladder('strategy') }],
    });
    expect(steps.map((s) => [s.characteristic, s.rung])).toEqual([['funding', 'basic']]);
    expect(steps[0].lessons[0].kind).toBe('a');
  });

  it('compares similarity on the other characteristics only, and says on how many it rests', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic', governance: 'average' }, ['funding.basic.a']),
      teachers: [
        teacher('alike', { funding: 'average', governance: 'average' }, ['funding.average.a']),
        teacher('unlike', { funding: 'average', governance: 'state-of-the-art' }, ['funding.average.a']),
      ],
      ladders,
    });
    const funding = steps.find((s) => s.characteristic === 'funding')!;
    expect(funding.lessons.map((l) => l.teacher.id)).toEqual(['alike', 'unlike']);
    expect(funding.lessons[0].similarity.sharedCharacteristics).toBe(1);
  });

  it('offers no teacher whose own evidence shows nothing the learner lacks (a level Table 3 alone gives)', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic' }, ['funding.basic.a']),
      teachers: [teacher('bounded', { funding: 'average' }, [])],
      ladders,
    });
    expect(steps[0].lessons).toEqual([]);
  });

  it('never offers the learner to itself', () => {
    const steps = nextSteps({
      learner: learner({ funding: 'basic' }, ['funding.basic.a']),
      teachers: [teacher('learner', { funding: 'average' }, ['funding.average.a'])],
      ladders,
    });
    expect(steps[0].lessons).toEqual([]);
  });
});

describe('learn next from, indexed', () => {
  /** The report as the rules define it: every teacher scored, sorted in full, the best three kept. */
  function reference(learnerAt: number, cities: ReturnType<typeof randomCities>) {
    const { profile, proofs } = cities[learnerAt];
    const rankOn = (p: PeerProfile, c: string) => {
      const l = p.levels[c]?.level;
      return !l || l === 'not-assessed'
        ? undefined
        : l === 'no-rung-proven' || l === 'not-yet-addressed'
          ? 0
          : rungs.indexOf(l) + 1;
    };
    return randomLadders.flatMap(({ id: c, ladder }) => {
      const rank = rankOn(profile, c);
      if (rank === undefined || rank >= 4) return [];
      const lacking = ladder[rungs[rank]].map((x) => x.id).filter((id) => !proofs.has(id));
      const higher = rungs
        .slice(rank + 1)
        .flatMap((r) => ladder[r].map((x) => x.id))
        .filter((id) => !proofs.has(id));
      const lessons = (criteria: string[], kindOf: (p: PeerProfile) => 'a' | 'b' | 'c') =>
        cities
          .filter((t) => t.profile.id !== profile.id)
          .map((t) => ({
            teacher: t.profile.id,
            kind: kindOf(t.profile),
            proofs: criteria.filter((id) => t.proofs.has(id)),
            score: similarity(withoutCharacteristic(profile, c), withoutCharacteristic(t.profile, c)).score,
          }))
          .filter((l) => l.proofs.length > 0);
      let found = lessons(lacking, (p) => (rankOn(p, c) === rank + 1 ? 'a' : 'b'));
      if (found.length === 0) found = lessons(higher, () => 'c');
      const order = { a: 0, b: 1, c: 2 };
      return [
        {
          characteristic: c,
          lacking,
          lessons: found
            .sort(
              (x, y) =>
                order[x.kind] - order[y.kind] ||
                y.proofs.length - x.proofs.length ||
                y.score - x.score ||
                x.teacher.localeCompare(y.teacher),
            )
            .slice(0, 3),
        },
      ];
    });
  }

  it('gives every learner the lessons a full scan of every teacher gives, in the same order', () => {
    let lessonsSeen = 0;
    for (const seed of [11, 12]) {
      const cities = randomCities(seed, 150);
      const index = indexTeachers(cities);
      cities.forEach(({ profile, proofs }, i) => {
        const steps = nextSteps({
          learner: { profile, meets: (c) => proofs.has(c) },
          teachers: index,
          ladders: randomLadders,
        });
        const simple = steps.map((s) => ({
          characteristic: s.characteristic,
          lacking: s.lacking,
          lessons: s.lessons.map((l) => ({
            teacher: l.teacher.id,
            kind: l.kind,
            proofs: l.proofs.map((p) => p.criterion),
            score: l.similarity.score,
          })),
        }));
        expect(simple, `seed ${seed}, ${profile.id}`).toEqual(reference(i, cities));
        lessonsSeen += simple.reduce((n, s) => n + s.lessons.length, 0);
      });
    }
    expect(lessonsSeen).toBeGreaterThan(500);
  });

  it('gives the same report from an index as from the plain list of teachers', () => {
    const cities = randomCities(13, 40);
    const learner = { profile: cities[0].profile, meets: (c: string) => cities[0].proofs.has(c) };
    expect(nextSteps({ learner, teachers: indexTeachers(cities), ladders: randomLadders })).toEqual(
      nextSteps({ learner, teachers: cities, ladders: randomLadders }),
    );
  });
});
