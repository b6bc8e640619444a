import { vocabularyLabel, type Vocabulary } from '../i18n';
import type { FacetName } from '../lib/facets';
import type { Language } from '../lib/languages';
import type { SiteData } from './site';

const vocabularyOf: Partial<Record<FacetName, Vocabulary>> = {
  rung: 'level',
  domain: 'domain',
  technology: 'technology',
  funding: 'funding',
  business: 'business',
  region: 'region',
};

/** What a reader sees for a facet value, in their language. */
export function facetLabel(
  facet: FacetName,
  value: string,
  lang: Language,
  data: Pick<SiteData, 'characteristics' | 'cityById'>,
): string {
  if (facet === 'characteristic') return data.characteristics.find((c) => c.id === value)?.name[lang] ?? value;
  if (facet === 'city') return data.cityById.get(value)?.name[lang] ?? value;
  const vocabulary = vocabularyOf[facet];
  return vocabulary ? vocabularyLabel(lang, vocabulary, value) : value;
}
