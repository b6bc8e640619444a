/**
 * English plurals, and any language's, from the runtime's plural rules: the dictionary keeps a key's plural
 * text under `<key>` and its singular under `<key>One` ("search.count" / "search.countOne"). Browser-safe and
 * free of the dictionaries, so the self-assessment's script can use it with the words it is given.
 */
import type { Language } from '../lib/languages';

const rules = new Map<Language, Intl.PluralRules>();

/** `<key>One` when the language says "one" for the count (English: 1; Chinese: never), else `<key>`. */
export function pluralKey<K extends string>(lang: Language, key: K, count: number): K | `${K}One` {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' ? `${key}One` : key;
}
