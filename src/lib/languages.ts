/** The site's two languages, defined once. Browser-safe: no zod, no Node. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** The value of <html lang> (BCP 47); Pagefind builds one index per value. */
export const htmlLang: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export const otherLanguage = (lang: Language): Language => (lang === 'zh' ? 'en' : 'zh');
