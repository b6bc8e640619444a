import { describe, expect, it } from 'vitest';
import type { FacetValues } from '../../src/lib/facets';
import { relatedCases } from '../../src/lib/related';

const facets = (region: string[], characteristic: string[], domain: string[] = []): FacetValues => ({
  characteristic,
  rung: [],
  domain,
  technology: [],
  funding: [],
  business: [],
  region,
  city: [],
  year: [],
});
const current = { slug: 'pudong-kpis', facets: facets(['cn'], ['strategy', 'value-assessment']) };
const sameRegionStrong = { slug: 'yangzhou-kpis', facets: facets(['cn'], ['strategy', 'value-assessment']) };
const otherRegionWeak = { slug: 'copenhagen-c40', facets: facets(['eu'], ['strategy']) };
const unrelated = { slug: 'venice-wifi', facets: facets(['eu'], ['business-model']) };

/** The plain full sort the page once used: the reference the scan must agree with. */
function sortedReference<T extends { slug: string; facets: FacetValues }>(current: T, all: T[]): string[] {
  const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
  return all
    .filter((c) => c.slug !== current.slug)
    .map((c) => ({
      c,
      score:
        2 * shared(c.facets.characteristic, current.facets.characteristic) +
        shared(c.facets.domain, current.facets.domain),
      other:
        c.facets.region.length > 0 &&
        current.facets.region.length > 0 &&
        shared(c.facets.region, current.facets.region) === 0,
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => Number(b.other) - Number(a.other) || b.score - a.score || a.c.slug.localeCompare(b.c.slug))
    .slice(0, 4)
    .map((x) => x.c.slug);
}

describe('relatedCases', () => {
  it('puts cases from the other region first, then by how much they share', () => {
    expect(relatedCases(current, [current, sameRegionStrong, otherRegionWeak, unrelated]).map((c) => c.slug)).toEqual([
      'copenhagen-c40',
      'yangzhou-kpis',
    ]);
  });
  it('never lists the case itself or a case sharing nothing', () => {
    expect(relatedCases(current, [current, unrelated])).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(relatedCases(current, [sameRegionStrong, otherRegionWeak], 1).map((c) => c.slug)).toEqual([
      'copenhagen-c40',
    ]);
  });
  it('picks the same cases as sorting them all would', () => {
    // A fixed pseudo-random catalogue; the reference is the plain full sort the page once used.
    const pool = ['strategy', 'funding', 'governance', 'services'];
    let seed = 1;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pickSome = (items: string[]) => items.filter(() => next() < 0.4);
    const all = Array.from({ length: 300 }, (_, i) => ({
      slug: `case-${i}`,
      facets: facets(pickSome(['eu', 'cn', 'other']), pickSome(pool), pickSome(['transport', 'water', 'health'])),
    }));
    for (const current of all.slice(0, 40)) {
      expect(relatedCases(current, all).map((c) => c.slug)).toEqual(sortedReference(current, all));
    }
  });
  it('picks the same cases when a facet has more values than the bit sets hold', () => {
    // 40 service domains: more than 31, so values are compared as strings.
    const domains = Array.from({ length: 40 }, (_, i) => `domain-${i}`);
    const all = Array.from({ length: 120 }, (_, i) => ({
      slug: `wide-${i}`,
      facets: facets(
        [['eu', 'cn'][i % 2]],
        [['strategy', 'funding', 'services'][i % 3]],
        [domains[i % 40], domains[(i * 7) % 40]],
      ),
    }));
    for (const current of all.slice(0, 20)) {
      expect(relatedCases(current, all).map((c) => c.slug)).toEqual(sortedReference(current, all));
    }
  });
});
