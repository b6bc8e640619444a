/**
 * Faceted filtering of the case catalogue. Pure and browser-safe: the catalogue page renders every
 * case with its facet values, and the island filters with these functions. Within a facet the
 * chosen values are alternatives (OR); across facets they narrow (AND).
 */
export const facetNames = [
  'characteristic',
  'rung',
  'domain',
  'technology',
  'funding',
  'business',
  'region',
  'city',
  'year',
] as const;
export type FacetName = (typeof facetNames)[number];
export type FacetValues = Record<FacetName, readonly string[]>;
export type Selection = Partial<Record<FacetName, readonly string[]>>;

const isFacetName = (name: string): name is FacetName => (facetNames as readonly string[]).includes(name);

export function matches(item: FacetValues, selection: Selection, ignore?: FacetName): boolean {
  return facetNames.every((facet) => {
    const wanted = selection[facet];
    if (facet === ignore || !wanted || wanted.length === 0) return true;
    return wanted.some((value) => item[facet].includes(value));
  });
}

/**
 * How many items each value would show if it were added to the selection: counted against the
 * selection of the other facets, so a reader sees what a click would give.
 */
export function facetCounts(
  items: readonly FacetValues[],
  selection: Selection,
): Record<FacetName, Map<string, number>> {
  const counts = Object.fromEntries(facetNames.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const facet of facetNames) {
    for (const item of items) {
      if (!matches(item, selection, facet)) continue;
      for (const value of new Set(item[facet])) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** `?characteristic=funding,governance&region=cn`; unknown names and empty values are dropped. */
export function selectionFromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const [name, raw] of params) {
    if (!isFacetName(name)) continue;
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => /^[a-z0-9-]+$/.test(v));
    if (values.length > 0) selection[name] = [...new Set([...(selection[name] ?? []), ...values])];
  }
  return selection;
}

export function selectionToSearch(selection: Selection): string {
  const params = facetNames
    .filter((f) => (selection[f]?.length ?? 0) > 0)
    .map((f) => `${f}=${[...selection[f]!].sort().join(',')}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** The chosen values one by one, in facet order then in the order chosen: what an empty result names. */
export function activeFilters(selection: Selection): { facet: FacetName; value: string }[] {
  return facetNames.flatMap((facet) => (selection[facet] ?? []).map((value) => ({ facet, value })));
}

/** The selection without one value; a facet left with no value is dropped. */
export function withoutFilter(selection: Selection, facet: FacetName, value: string): Selection {
  const rest: Selection = {};
  for (const name of facetNames) {
    const values = (selection[name] ?? []).filter((v) => name !== facet || v !== value);
    if (values.length > 0) rest[name] = values;
  }
  return rest;
}
