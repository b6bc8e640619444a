import type { Language } from '../lib/languages';

/** Country names from the runtime's ICU data, so no list of names is kept by hand. */
export function countryName(code: string, lang: Language): string {
  return new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(code) ?? code;
}
