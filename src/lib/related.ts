/**
 * Related cases for a case page: those sharing a characteristic or a service domain, cases from
 * another region first — the point of the site is the exchange between Europe and China.
 */
import type { FacetValues } from './facets';

export interface Relatable {
  slug: string;
  facets: FacetValues;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

export function relatedCases<T extends Relatable>(current: T, all: readonly T[], limit = 4): T[] {
  const otherRegion = (c: T) =>
    c.facets.region.length > 0 && current.facets.region.length > 0 && shared(c.facets.region, current.facets.region) === 0;
  return all
    .filter((c) => c.slug !== current.slug)
    .map((c) => ({
      c,
      score: 2 * shared(c.facets.characteristic, current.facets.characteristic) + shared(c.facets.domain, current.facets.domain),
      other: otherRegion(c),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => Number(b.other) - Number(a.other) || b.score - a.score || a.c.slug.localeCompare(b.c.slug))
    .slice(0, limit)
    .map((x) => x.c);
}
