import type { Language } from '../lib/languages';

/** One formatter per language: making one costs far more than asking it, and every city page asks. */
const formatters = new Map<Language, Intl.DisplayNames>();

/** Country names from the runtime's ICU data, so no list of names is kept by hand. */
export function countryName(code: string, lang: Language): string {
  let names = formatters.get(lang);
  if (!names)
    formatters.set(lang, (names = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' })));
  return names.of(code) ?? code;
}
