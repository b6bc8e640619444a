import type { APIRoute } from 'astro';
import { facetLabel } from '../../../data/facet-label';
import { languagePaths, siteData } from '../../../data/site';
import { filterLabels } from '../../../lib/search-filters';
import type { Language } from '../../../lib/languages';

export const getStaticPaths = languagePaths;

// What the search page shows for the filter ids the pages carry (facet → value id → label), in one language.
// Fetched with Pagefind's filters when the filter panel opens, so the page itself stays small at any corpus size.
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Language;
  const data = await siteData();
  const values = [...data.cases.map((c) => c.facets), ...data.cities.map((c) => ({ region: [c.region] }))];
  return new Response(JSON.stringify(filterLabels(values, (facet, value) => facetLabel(facet, value, lang, data))));
};
