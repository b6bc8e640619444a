import synonymFile from '../../content/search/synonyms.json';
import { synonymFileSchema, termForLanguage } from '../lib/search-terms';

/** The synonym list (content/search/synonyms.json), checked once. */
export const synonyms = synonymFileSchema.parse(synonymFile);

/** Every term of the list that is indexed on pages in a language. */
export const searchTermsFor = (lang: string) =>
  synonyms.groups.flatMap((g) => [...g.en, ...g.zh]).filter((term) => termForLanguage(term, lang));
