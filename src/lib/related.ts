/**
 * Related cases for a case page: those sharing a characteristic or a service domain, cases from
 * another region first — the point of the site is the exchange between Europe and China.
 */
import type { FacetValues } from './facets';

export interface Relatable {
  slug: string;
  facets: FacetValues;
}

/** How many values a and b have in common; a counting loop, as it runs for every pair of cases. */
function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n += 1;
  return n;
}

type Scored<T> = { c: T; score: number; other: boolean };
// One collator, same order as localeCompare without its per-call set-up (thousands of ties per page).
const slugOrder = new Intl.Collator();
const before = <T extends Relatable>(a: Scored<T>, b: Scored<T>) =>
  Number(b.other) - Number(a.other) || b.score - a.score || slugOrder.compare(a.c.slug, b.c.slug);

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
