import { describe, expect, it } from 'vitest';
import type { FacetValues } from '../../src/lib/facets';
import { relatedCases } from '../../src/lib/related';

const facets = (region: string[], characteristic: string[], domain: string[] = []): FacetValues => ({
  characteristic, rung: [], domain, technology: [], funding: [], business: [], region, city: [], year: [],
});
const current = { slug: 'pudong-kpis', facets: facets(['cn'], ['strategy', 'value-assessment']) };
const sameRegionStrong = { slug: 'yangzhou-kpis', facets: facets(['cn'], ['strategy', 'value-assessment']) };
const otherRegionWeak = { slug: 'copenhagen-c40', facets: facets(['eu'], ['strategy']) };
const unrelated = { slug: 'venice-wifi', facets: facets(['eu'], ['business-model']) };

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
    expect(relatedCases(current, [sameRegionStrong, otherRegionWeak], 1).map((c) => c.slug)).toEqual(['copenhagen-c40']);
  });
});
