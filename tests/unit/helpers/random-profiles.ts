/**
 * Random city profiles and evidence for property tests: a seeded generator, so a failure names a seed that
 * reproduces it. Test data only: ids are "random-city-N".
 */
import { levels, rungs, type Level } from '../../../src/lib/levels';
import type { Proof } from '../../../src/lib/next-steps';
import type { PeerProfile } from '../../../src/lib/peers';
import type { LadderIds } from '../../../src/lib/scoring';
import { randomFrom } from '../../../scripts/lib/synthetic-corpus';

/** The synthetic corpus's seeded generator: a failure names a seed that reproduces it. */
export const seeded = randomFrom;

export const characteristics = ['strategy', 'governance', 'funding', 'infrastructure'] as const;
export const ladderOf = (c: string): LadderIds => ({
  basic: [{ id: `${c}.b1` }, { id: `${c}.b2` }],
  average: [{ id: `${c}.a1` }, { id: `${c}.a2` }],
  'more-advanced': [{ id: `${c}.m1` }],
  'state-of-the-art': [{ id: `${c}.s1` }, { id: `${c}.s2` }],
});
export const ladders = characteristics.map((id) => ({ id, ladder: ladderOf(id) }));
const criteria = ladders.flatMap(({ ladder }) => rungs.flatMap((r) => ladder[r].map((c) => c.id)));
const domains = ['education', 'environment', 'health', 'transport', 'water'];

export function randomCities(seed: number, count: number) {
  const r = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const profileLevels: Record<string, { level: Level; possible: Level }> = {};
    for (const c of characteristics) {
      if (r.next() < 0.25) continue;
      const level = r.pick(levels);
      // Sometimes a higher possible level than the proven one, sometimes not assessed at all.
      profileLevels[c] = { level, possible: r.next() < 0.3 ? r.pick(levels) : level };
    }
    const profile: PeerProfile = {
      id: `random-city-${i}`,
      region: r.pick(['eu', 'cn', 'other'] as const),
      adminLevel: r.pick(['city', 'district', 'new-area'] as const),
      ...(r.next() < 0.5 ? { districtType: r.pick(['new', 'existing'] as const) } : {}),
      domains: domains.filter(() => r.next() < 0.3),
      levels: profileLevels,
    };
    const proofs = new Map<string, Proof>(
      criteria
        .filter(() => r.next() < 0.2)
        .map((criterion) => [criterion, { criterion, evidence: { zh: '测试', en: 'test' }, cite: { at: ['ch5'] } }]),
    );
    return { profile, proofs };
  });
}
