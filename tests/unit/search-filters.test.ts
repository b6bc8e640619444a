import { describe, expect, it } from 'vitest';
import { filterCount, filterLabels, orderedValues } from '../../src/lib/search-filters';

describe('filterLabels', () => {
  it('labels every value the pages carry, once', () => {
    const label = (facet: string, value: string) => `${facet}:${value.toUpperCase()}`;
    expect(filterLabels([{ region: ['cn'], city: ['ningbo'] }, { region: ['cn', 'eu'] }], label)).toEqual({
      region: { cn: 'region:CN', eu: 'region:EU' },
      city: { ningbo: 'city:NINGBO' },
    });
  });
});

describe('orderedValues', () => {
  it('lists the most frequent first, then by label, and shows an unlabelled id as itself', () => {
    expect(
      orderedValues({ eu: 3, cn: 3, other: 5, xx: 1 }, { eu: 'EU', cn: 'China', other: 'Elsewhere' }, 'en'),
    ).toEqual([
      { value: 'other', label: 'Elsewhere' },
      { value: 'cn', label: 'China' },
      { value: 'eu', label: 'EU' },
      { value: 'xx', label: 'xx' },
    ]);
  });
  it('lists years in order', () => {
    expect(orderedValues({ '2013': 9, '2011': 1 }, undefined, 'en').map((v) => v.value)).toEqual(['2011', '2013']);
  });
});

describe('filterCount', () => {
  const index = { region: { cn: 20, eu: 30 } };
  it('counts within the results when Pagefind has counted them', () => {
    expect(filterCount('region', 'cn', { region: { cn: 2, eu: 0 } }, index)).toBe(2);
    expect(filterCount('region', 'eu', { region: { cn: 2, eu: 0 } }, index)).toBe(0);
  });
  it('never shows 0 everywhere because the results came without counts', () => {
    expect(filterCount('region', 'cn', {}, index)).toBe(20);
    expect(filterCount('region', 'cn', undefined, index)).toBe(20);
  });
});
