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

type Scored<T> = { c: T; score: number; other: boolean };
const before = <T extends Relatable>(a: Scored<T>, b: Scored<T>) =>
  Number(b.other) - Number(a.other) || b.score - a.score || a.c.slug.localeCompare(b.c.slug);

export function relatedCases<T extends Relatable>(current: T, all: readonly T[], limit = 4): T[] {
  const otherRegion = (c: T) =>
    c.facets.region.length > 0 && current.facets.region.length > 0 && shared(c.facets.region, current.facets.region) === 0;
  // Keeps only the best `limit` while scanning, instead of sorting every case: every case page calls this,
  // so a full sort made page rendering grow faster than the number of cases (issue 6).
  const best: Scored<T>[] = [];
  if (limit <= 0) return [];
  for (const c of all) {
    if (c.slug === current.slug) continue;
    const score = 2 * shared(c.facets.characteristic, current.facets.characteristic) + shared(c.facets.domain, current.facets.domain);
    if (score <= 0) continue;
    const candidate = { c, score, other: otherRegion(c) };
    if (best.length === limit && before(candidate, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.c);
}
