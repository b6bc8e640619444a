/** UI strings, one flat dictionary per language, read through `t`. Browser-safe. */
import type { Language } from '../lib/languages';
import en from './en.json';
import zh from './zh.json';
import { fillTemplate } from './template';

export type UiKey = keyof typeof en;
const dictionaries: Record<Language, Record<UiKey, string>> = { en, zh };

export function t(lang: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(dictionaries[lang][key], params);
}

/** The same page in the other language: /en/cities/ningbo/ → /zh/cities/ningbo/. */
export function pathInLanguage(pathname: string, lang: Language): string {
  const rest = pathname.replace(/^\/(zh|en)(?=\/|$)/, '');
  return `/${lang}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

const chineseNumerals = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

/** `ch5.2` → "Chapter 5, section 2" / "第五章（二）"; `box6` → "Box 6" / "专栏 6". */
export function formatLocator(locator: string, lang: Language): string {
  const chapter = /^ch(\d)(?:\.(\d))?$/.exec(locator);
  if (chapter) {
    const [, n, s] = chapter;
    const number = (d: string) => (lang === 'zh' ? chineseNumerals[Number(d)] : d);
    return s ? t(lang, 'cite.section', { n: number(n), s: number(s) }) : t(lang, 'cite.chapter', { n: number(n) });
  }
  const other = /^(box|table|annex|fn)(\d+)$/.exec(locator);
  if (!other) return locator;
  const key = { box: 'cite.box', table: 'cite.table', annex: 'cite.annex', fn: 'cite.footnote' }[other[1]] as UiKey;
  return t(lang, key, { n: other[2] });
}
