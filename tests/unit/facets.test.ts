import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  facetCounts,
  matches,
  selectionFromSearch,
  selectionToSearch,
  withoutFilter,
  type FacetValues,
} from '../../src/lib/facets';

const item = (values: Partial<FacetValues>): FacetValues => ({
  characteristic: [],
  rung: [],
  domain: [],
  technology: [],
  funding: [],
  business: [],
  region: [],
  city: [],
  year: [],
  ...values,
});
const seoul = item({ characteristic: ['services'], region: ['other'], domain: ['open-data'], city: ['seoul'] });
const pudong = item({
  characteristic: ['strategy', 'value-assessment'],
  region: ['cn'],
  city: ['shanghai-pudong'],
  year: ['2011', '2012'],
});
const barcelona = item({
  characteristic: ['services', 'governance'],
  region: ['eu'],
  domain: ['open-data'],
  city: ['barcelona'],
});
const all = [seoul, pudong, barcelona];

describe('matches', () => {
  it('keeps everything when nothing is chosen', () => {
    expect(all.filter((i) => matches(i, {}))).toEqual(all);
  });
  it('treats values of one facet as alternatives', () => {
    expect(all.filter((i) => matches(i, { region: ['cn', 'eu'] }))).toEqual([pudong, barcelona]);
  });
  it('narrows across facets', () => {
    expect(all.filter((i) => matches(i, { characteristic: ['services'], region: ['eu'] }))).toEqual([barcelona]);
  });
});

describe('facetCounts', () => {
  it('counts each value against the other facets’ selection', () => {
    const counts = facetCounts(all, { region: ['eu'] });
    expect(counts.region.get('cn')).toBe(1);
    expect(counts.region.get('eu')).toBe(1);
    expect(counts.characteristic.get('services')).toBe(1);
    expect(counts.characteristic.get('strategy')).toBeUndefined();
  });
});

describe('the selection in the URL', () => {
  it('round-trips', () => {
    const selection = { characteristic: ['services', 'funding'], region: ['cn'] };
    expect(selectionToSearch(selection)).toBe('?characteristic=funding,services&region=cn');
    expect(selectionFromSearch(selectionToSearch(selection))).toEqual({
      characteristic: ['funding', 'services'],
      region: ['cn'],
    });
  });
  it('ignores unknown facets and tampered values', () => {
    expect(selectionFromSearch('?colour=red&region=<script>,cn&year=')).toEqual({ region: ['cn'] });
  });
  it('is empty for no selection', () => {
    expect(selectionToSearch({})).toBe('');
  });
});

describe('the active filters of an empty result', () => {
  const selection = { region: ['cn'], funding: ['ppp', 'eu-funds'] } as const;

  it('names each chosen value, in facet order', () => {
    expect(activeFilters(selection)).toEqual([
      { facet: 'funding', value: 'ppp' },
      { facet: 'funding', value: 'eu-funds' },
      { facet: 'region', value: 'cn' },
    ]);
    expect(activeFilters({})).toEqual([]);
  });

  it('removes one value and drops a facet left empty', () => {
    expect(withoutFilter(selection, 'funding', 'ppp')).toEqual({ funding: ['eu-funds'], region: ['cn'] });
    expect(withoutFilter(selection, 'region', 'cn')).toEqual({ funding: ['ppp', 'eu-funds'] });
    expect(withoutFilter(selection, 'year', '2010')).toEqual(selection);
  });
});
