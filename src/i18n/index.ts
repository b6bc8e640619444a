/** UI strings, one flat dictionary per language, read through `t`. Browser-safe. */
import type { Language } from '../lib/languages';
import { levels } from '../lib/levels';
import { adminLevels, districtTypes, regions } from '../lib/places';
import { businessModels, caseScopes, fundingInstruments, serviceDomains, technologies } from '../lib/taxonomy';
import { readingSources } from '../lib/readings';
import { documentLicences } from '../lib/contributions';
import en from './en.json';
import zh from './zh.json';
import { fillTemplate } from './template';
import { pluralKey } from './plural';

export type UiKey = keyof typeof en;
const dictionaries: Record<Language, Record<UiKey, string>> = { en, zh };

export function t(lang: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(dictionaries[lang][key], params);
}

/** The keys with a singular form beside them: `<key>One`. */
export type PluralUiKey = { [K in UiKey]: `${K}One` extends UiKey ? K : never }[UiKey];

/** A counted text: `<key>One` where the language calls the count one, `<key>` otherwise; `{count}` is filled in. */
export function tn(
  lang: Language,
  key: PluralUiKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  return t(lang, pluralKey(lang, key, count), { count, ...params });
}

/** The vocabularies whose values the dictionaries name, by their key prefix: `region` + `eu` → `region.eu`. */
const vocabularies = {
  level: levels,
  region: regions,
  admin: adminLevels,
  district: districtTypes,
  domain: serviceDomains,
  technology: technologies,
  funding: fundingInstruments,
  business: businessModels,
  scope: caseScopes,
  readingSource: readingSources,
  licence: documentLicences,
} as const;
export type Vocabulary = keyof typeof vocabularies;
type VocabularyKey<V extends Vocabulary> = `${V}.${(typeof vocabularies)[V][number]}`;

// A value of a vocabulary without its dictionary key fails the type check here.
const everyValueHasAKey: { [V in Vocabulary]: VocabularyKey<V> extends UiKey ? true : never } = {
  level: true,
  region: true,
  admin: true,
  district: true,
  domain: true,
  technology: true,
  funding: true,
  business: true,
  scope: true,
  readingSource: true,
  licence: true,
};

/** The label of a vocabulary value; a value the vocabulary does not have is shown as it is. */
export function vocabularyLabel(lang: Language, vocabulary: Vocabulary, value: string): string {
  const known = everyValueHasAKey[vocabulary] && (vocabularies[vocabulary] as readonly string[]).includes(value);
  // The check above and the type of everyValueHasAKey make this key one of the dictionary's.
  return known ? t(lang, `${vocabulary}.${value}` as UiKey) : value;
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
  // A document other than the paper (a contributed case's source): a page, pages or a section.
  const pages = /^p(\d+)(?:-(\d+))?$/.exec(locator);
  if (pages)
    return pages[2] ? t(lang, 'cite.pages', { n: `${pages[1]}–${pages[2]}` }) : t(lang, 'cite.page', { n: pages[1] });
  const section = /^s([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)$/.exec(locator);
  if (section) return t(lang, 'cite.docSection', { n: section[1] });
  const other = /^(box|table|annex|fn)(\d+)$/.exec(locator);
  if (!other) return locator;
  const keys = { box: 'cite.box', table: 'cite.table', annex: 'cite.annex', fn: 'cite.footnote' } satisfies Record<
    string,
    UiKey
  >;
  const key = keys[other[1] as keyof typeof keys];
  return t(lang, key, { n: other[2] });
}
