import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/lib/levels';
import type { Region } from '../../src/lib/places';
import {
  balanceWarnings,
  compactProfile,
  exchangePartnerFinder,
  exchangePartners,
  peersOneRungUp,
  similarity,
  similarityScorer,
  withoutCharacteristic,
  type PeerProfile,
} from '../../src/lib/peers';
import { rankOf } from '../../src/lib/levels';
import { randomCities } from './helpers/random-profiles';

const at = (level: Level) => ({ level, possible: level });
const city = (
  id: string,
  region: Region,
  levels: Record<string, Level>,
  extra: Partial<PeerProfile> = {},
): PeerProfile => ({
  id,
  region,
  adminLevel: 'city',
  domains: [],
  levels: Object.fromEntries(Object.entries(levels).map(([c, l]) => [c, at(l)])),
  ...extra,
});

const target = city('target', 'cn', { strategy: 'basic', governance: 'average', funding: 'basic' });
const closeCn = city('close-cn', 'cn', { strategy: 'average', governance: 'average', funding: 'basic' });
const farEu = city('far-eu', 'eu', {
  strategy: 'average',
  governance: 'state-of-the-art',
  funding: 'not-yet-addressed',
});
const twoUp = city('two-up', 'cn', { strategy: 'more-advanced' });
const unknownOnly = city('unknown', 'cn', {});

describe('similarity', () => {
  it('compares only characteristics assessed in both, never unknown as zero', () => {
    const s = similarity(target, city('x', 'eu', { strategy: 'basic', stakeholders: 'state-of-the-art' }));
    expect(s.sharedCharacteristics).toBe(1);
    expect(s.reasons).toContainEqual({ kind: 'levels', shared: 1, meanGap: 0 });
  });
  it('rests on context alone when nothing is assessed in both, and says so', () => {
    const s = similarity(target, unknownOnly);
    expect(s.sharedCharacteristics).toBe(0);
    expect(s.reasons.some((r) => r.kind === 'levels')).toBe(false);
    expect(s.score).toBeLessThanOrEqual(0.4);
  });
  it('is highest for a city compared with itself', () => {
    expect(similarity(target, target).score).toBeGreaterThan(similarity(target, closeCn).score);
  });
  it('counts shared service domains as a reason', () => {
    const a = city('a', 'eu', {}, { domains: ['transport', 'open-data'] });
    const b = city('b', 'cn', {}, { domains: ['transport'] });
    expect(similarity(a, b).reasons).toContainEqual({ kind: 'domains', shared: ['transport'] });
  });
});

describe('peersOneRungUp', () => {
  it('lists only cities exactly one rung higher, most similar first', () => {
    const result = peersOneRungUp(target, [farEu, twoUp, closeCn, target], 'strategy');
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.nextRank).toBe(2);
    expect(result.peers.map((p) => p.profile.id)).toEqual(['close-cn', 'far-eu']);
  });
  it('breaks ties by id so the order is stable', () => {
    const twin1 = city('b-twin', 'cn', { strategy: 'average' });
    const twin2 = city('a-twin', 'cn', { strategy: 'average' });
    const result = peersOneRungUp(target, [twin1, twin2], 'strategy');
    expect(result.status === 'ok' && result.peers.map((p) => p.profile.id)).toEqual(['a-twin', 'b-twin']);
  });
  it('returns no peer when nobody stands one rung up', () => {
    const result = peersOneRungUp(target, [twoUp, unknownOnly], 'strategy');
    expect(result).toEqual({ status: 'ok', nextRank: 2, peers: [] });
  });
  it('never lists the city itself', () => {
    const result = peersOneRungUp(target, [target], 'strategy');
    expect(result.status === 'ok' && result.peers).toEqual([]);
  });
  it('has no rung to climb from where the target is not assessed', () => {
    expect(peersOneRungUp(unknownOnly, [closeCn], 'strategy')).toEqual({ status: 'not-assessed' });
  });
  it('says so at the top of the ladder', () => {
    expect(peersOneRungUp(farEu, [closeCn], 'governance')).toEqual({ status: 'at-top' });
  });
});

describe('balanceWarnings', () => {
  it('flags characteristics two rungs or more behind the strongest', () => {
    expect(balanceWarnings(farEu)).toEqual([
      { characteristic: 'funding', gap: 4 },
      { characteristic: 'strategy', gap: 2 },
    ]);
  });
  it('does not call a characteristic weak when its criteria are only unknown', () => {
    const ranged = {
      ...farEu,
      levels: {
        ...farEu.levels,
        funding: { level: 'not-yet-addressed' as Level, possible: 'state-of-the-art' as Level },
      },
    };
    expect(balanceWarnings(ranged)).toEqual([{ characteristic: 'strategy', gap: 2 }]);
  });
  it('stays quiet with fewer than two assessed characteristics', () => {
    expect(balanceWarnings(unknownOnly)).toEqual([]);
    expect(balanceWarnings(twoUp)).toEqual([]);
  });
});

describe('exchangePartners', () => {
  it('pairs a Chinese city with EU cities that are strong where it is weak and weak where it is strong', () => {
    const partners = exchangePartners(target, [farEu, closeCn]);
    expect(partners.map((p) => p.profile.id)).toEqual(['far-eu']);
    expect(partners[0].teaches).toEqual(['strategy', 'governance']);
    expect(partners[0].learns).toEqual(['funding']);
  });
  it('has none for a city outside the two regions', () => {
    expect(exchangePartners(city('seoul', 'other', { strategy: 'basic' }), [farEu])).toEqual([]);
  });
});

describe('compactProfile', () => {
  // A profile as the build makes it: full scores with their criteria, and unassessed characteristics.
  const full = {
    ...farEu,
    districtType: 'new' as const,
    levels: {
      ...Object.fromEntries(
        Object.entries(farEu.levels).map(([c, s]) => [
          c,
          { ...s, assessed: true, met: [`${c}.basic.x`], notMet: [], unknown: [] },
        ]),
      ),
      stakeholders: {
        level: 'not-assessed' as Level,
        possible: 'not-assessed' as Level,
        assessed: false,
        met: [],
        notMet: [],
        unknown: ['stakeholders.basic.y'],
      },
    },
  };
  const compact = compactProfile(full);
  it('keeps only the levels, leaving out characteristics with no evidence', () => {
    expect(compact.levels).toEqual(farEu.levels);
    expect(compact.districtType).toBe('new');
  });
  it('gives the same peers, warnings and partners as the full profile', () => {
    const others = [target, closeCn, twoUp, unknownOnly];
    expect(similarity(compact, target)).toEqual(similarity(full, target));
    expect(balanceWarnings(compact)).toEqual(balanceWarnings(full));
    expect(exchangePartners(target, [compact]).map((p) => p.teaches)).toEqual(
      exchangePartners(target, [full]).map((p) => p.teaches),
    );
    expect(peersOneRungUp(compact, others, 'strategy', 3)).toEqual(peersOneRungUp(full, others, 'strategy', 3));
  });
});

describe('the packed scorers give what the plain functions give', () => {
  it('similarityScorer scores every pair as similarity does, with the climbed characteristic left out', () => {
    for (const seed of [1, 2, 3]) {
      const profiles = randomCities(seed, 60).map((c) => c.profile);
      const against = similarityScorer(profiles);
      for (const target of profiles.slice(0, 15)) {
        for (const except of [undefined, 'governance']) {
          const score = against(target, except);
          const a = withoutCharacteristic(target, except);
          profiles.forEach((b, i) =>
            expect(score(i), `seed ${seed}, ${target.id} against ${b.id}`).toBe(
              similarity(a, withoutCharacteristic(b, except)).score,
            ),
          );
        }
      }
    }
  });

  it('scores a target whose domains no candidate has, or who has none', () => {
    const profiles = randomCities(4, 20).map((c) => c.profile);
    const score = similarityScorer(profiles);
    for (const domains of [[], ['space-travel'], ['education', 'space-travel']]) {
      const target = { ...profiles[0], id: 'self', domains };
      profiles.forEach((b, i) => expect(score(target)(i)).toBe(similarity(target, b).score));
    }
  });

  it('exchangePartnerFinder finds the partners a direct scan finds, in the same order', () => {
    const profiles = randomCities(5, 120).map((c) => c.profile);
    const find = exchangePartnerFinder(profiles);
    const scan = (target: PeerProfile) => {
      const own = Object.keys(target.levels).filter((c) => target.levels[c].level !== 'not-assessed');
      const rank = (p: PeerProfile, c: string, which: 'level' | 'possible') => {
        const l = p.levels[c]?.[which];
        return l && l !== 'not-assessed' ? rankOf(l) : undefined;
      };
      const side = target.region === 'eu' ? 'cn' : 'eu';
      return profiles
        .filter((p) => p.region === side)
        .map((p) => {
          const both = own.filter((c) => rank(p, c, 'level') !== undefined);
          const teaches = both.filter((c) => rank(p, c, 'level')! > (rank(target, c, 'possible') ?? Infinity));
          const learns = both.filter((c) => rank(target, c, 'level')! > (rank(p, c, 'possible') ?? Infinity));
          return { profile: p, teaches, learns };
        })
        .filter((x) => x.teaches.length > 0 && x.learns.length > 0)
        .sort(
          (a, b) =>
            Math.min(b.teaches.length, b.learns.length) - Math.min(a.teaches.length, a.learns.length) ||
            a.profile.id.localeCompare(b.profile.id),
        )
        .slice(0, 3);
    };
    const targets = profiles.filter((p) => p.region !== 'other');
    expect(targets.some((t) => scan(t).length > 0)).toBe(true);
    for (const target of targets) expect(find(target, 3), target.id).toEqual(scan(target));
    expect(
      find(
        profiles.find((p) => p.region === 'other')!,
        3,
      ),
    ).toEqual([]);
  });
});
