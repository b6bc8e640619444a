/**
 * The search page's filters: Pagefind filters named with the catalogue's facet ids and value ids
 * (`region: cn`), shown with labels in the page's language. Pure and browser-safe.
 */
import { facetNames, type FacetName, type FacetValues } from './facets';

/** Facet id → value id → label. */
export type FilterLabels = Partial<Record<FacetName, Record<string, string>>>;

/** The labels of every facet value the pages carry, as the build writes them for the search page. */
export function filterLabels(
  items: readonly Partial<FacetValues>[],
  label: (facet: FacetName, value: string) => string,
): FilterLabels {
  const labels: FilterLabels = {};
  for (const facet of facetNames)
    for (const item of items)
      for (const value of item[facet] ?? []) (labels[facet] ??= {})[value] ??= label(facet, value);
  return labels;
}

/**
 * A facet's values as the panel lists them: years in order, other values most frequent first, then by label in the
 * page's language. An id the labels lack (a page built after them) shows as itself.
 */
export function orderedValues(
  counts: Record<string, number>,
  labels: Record<string, string> | undefined,
  lang: string,
): { value: string; label: string }[] {
  const values = Object.entries(counts).map(([value, count]) => ({ value, count, label: labels?.[value] ?? value }));
  const years = values.every(({ value }) => /^\d{4}$/.test(value));
  return values
    .sort((a, b) =>
      years ? a.value.localeCompare(b.value) : b.count - a.count || a.label.localeCompare(b.label, lang),
    )
    .map(({ value, label }) => ({ value, label }));
}

/**
 * The count to show beside a filter value. Pagefind counts within the current results only once its filters are
 * loaded; until then its response has no counts, and the counts over the whole index are the honest ones.
 */
export function filterCount(
  facet: string,
  value: string,
  resultCounts: Record<string, Record<string, number>> | undefined,
  indexCounts: Record<string, Record<string, number>> | undefined,
): number {
  const counts = resultCounts && Object.keys(resultCounts).length > 0 ? resultCounts : indexCounts;
  return counts?.[facet]?.[value] ?? 0;
}
