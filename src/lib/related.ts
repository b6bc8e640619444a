/**
 * Related cases for a case page: those sharing a characteristic or a service domain, cases from
 * another region first — the point of the site is the exchange between Europe and China.
 */
import type { FacetValues } from './facets';

interface Relatable {
  slug: string;
  facets: FacetValues;
}

// Every case page compares its case with every other case, so a catalogue of 5,000 cases makes 25 million
// comparisons. Each case's characteristics, domains and regions are turned into bit sets once, so a
// comparison is an AND and a bit count, and slugs into their rank in collation order, so a tie is one subtraction.

/** A bit per value, per facet, given as values are first seen; 31 values per facet at most. */
const bits = {
  characteristic: new Map<string, number>(),
  domain: new Map<string, number>(),
  region: new Map<string, number>(),
};
type Keyed = keyof typeof bits;

function maskOf(facet: Keyed, values: readonly string[]): number | undefined {
  const known = bits[facet];
  let mask = 0;
  for (const value of values) {
    let bit = known.get(value);
    if (bit === undefined) {
      if (known.size >= 31) return undefined;
      known.set(value, (bit = known.size));
    }
    mask |= 1 << bit;
  }
  return mask;
}

function countBits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Masks {
  characteristic: number;
  domain: number;
  region: number;
}
function masks(c: Relatable): Masks | null {
  const characteristic = maskOf('characteristic', c.facets.characteristic);
  const domain = maskOf('domain', c.facets.domain);
  const region = maskOf('region', c.facets.region);
  return characteristic === undefined || domain === undefined || region === undefined
    ? null
    : { characteristic, domain, region };
}

/** Bit sets and slug ranks of a whole catalogue, index by index, made once per catalogue. */
interface Prepared {
  characteristic: Int32Array;
  domain: Int32Array;
  region: Int32Array;
  rank: Int32Array;
  /** False when some facet had more values than bits: then values are compared as strings. */
  bitwise: boolean;
}
const slugOrder = new Intl.Collator();
const preparedOf = new WeakMap<readonly Relatable[], Prepared>();
function prepare(all: readonly Relatable[]): Prepared {
  let found = preparedOf.get(all);
  if (!found) {
    const n = all.length;
    found = {
      characteristic: new Int32Array(n),
      domain: new Int32Array(n),
      region: new Int32Array(n),
      rank: new Int32Array(n),
      bitwise: true,
    };
    const ranks = new Map([...all.map((c) => c.slug)].sort(slugOrder.compare).map((slug, i) => [slug, i]));
    for (let i = 0; i < n; i++) {
      const m = masks(all[i]);
      if (!m) found.bitwise = false;
      else {
        found.characteristic[i] = m.characteristic;
        found.domain[i] = m.domain;
        found.region[i] = m.region;
      }
      found.rank[i] = ranks.get(all[i].slug)!;
    }
    preparedOf.set(all, found);
  }
  return found;
}

/** How many values a and b have in common: the fallback when a facet has more values than bits. */
function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n += 1;
  return n;
}

type Scored<T> = { c: T; score: number; other: boolean; rank: number };
const before = <T>(a: Scored<T>, b: Scored<T>) =>
  Number(b.other) - Number(a.other) || b.score - a.score || a.rank - b.rank;

export function relatedCases<T extends Relatable>(current: T, all: readonly T[], limit = 4): T[] {
  if (limit <= 0) return [];
  const prepared = prepare(all);
  const mine = prepared.bitwise ? masks(current) : null;
  const hasRegion = current.facets.region.length > 0;
  // Keeps only the best `limit` while scanning, instead of sorting every case.
  const best: Scored<T>[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c.slug === current.slug) continue;
    let score: number;
    let other: boolean;
    if (mine) {
      score =
        2 * countBits(prepared.characteristic[i] & mine.characteristic) + countBits(prepared.domain[i] & mine.domain);
      other = hasRegion && prepared.region[i] !== 0 && (prepared.region[i] & mine.region) === 0;
    } else {
      score =
        2 * shared(c.facets.characteristic, current.facets.characteristic) +
        shared(c.facets.domain, current.facets.domain);
      other = hasRegion && c.facets.region.length > 0 && shared(c.facets.region, current.facets.region) === 0;
    }
    if (score <= 0) continue;
    const rank = prepared.rank[i];
    if (best.length === limit) {
      const worst = best[limit - 1];
      if (
        Number(worst.other) - Number(other) > 0 ||
        (worst.other === other && (worst.score > score || (worst.score === score && worst.rank < rank)))
      )
        continue;
    }
    const candidate = { c, score, other, rank };
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.c);
}
