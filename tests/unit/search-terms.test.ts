import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  pageWeight,
  weighted,
  alternateTermWeight,
  htmlText,
  synonymExpander,
  synonymFileSchema,
  termForLanguage,
  withoutIgnored,
} from '../../src/lib/search-terms';

const file = {
  groups: [
    { en: ['Wi-Fi', 'wireless'], zh: ['无线网络', '无线局域网'] },
    { en: ['energy saving'], zh: ['节能', '能耗'] },
    { en: ['IoT', 'Internet of Things'], zh: ['物联网'] },
  ],
};
const terms = (text: string) =>
  synonymExpander(file)(text)
    .map((t) => t.term)
    .sort();

describe('synonymExpander', () => {
  it('adds the other terms of a group the text mentions, in both languages', () => {
    expect(terms('威尼斯全城 Wi-Fi，游客付费')).toEqual(['wireless', '无线局域网', '无线网络'].sort());
  });
  it('finds Chinese terms inside a run of Chinese text', () => {
    expect(terms('空调系统，能耗降低约 30%')).toEqual(['energy saving', '节能'].sort());
  });
  it('matches English terms as whole words, in any case and with any hyphenation', () => {
    expect(terms('an idiot')).toEqual([]);
    expect(terms('the IOT platform')).toContain('物联网');
    expect(terms('free wi fi')).toContain('wireless');
  });
  it('adds nothing for a text that mentions no group', () => {
    expect(terms('Busan: cloud services')).toEqual([]);
  });
  it('counts how often the text mentions the group', () => {
    const added = synonymExpander(file)('Wi-Fi here, wireless there, Wi-Fi again');
    expect(added.find((t) => t.term === '无线网络')?.mentions).toBe(3);
  });
});

describe('alternateTermWeight', () => {
  it('stays below the weight of the page’s own words and grows with mentions', () => {
    expect(alternateTermWeight(1)).toBeLessThan(alternateTermWeight(4));
    expect(alternateTermWeight(100)).toBeLessThanOrEqual(1);
  });
});

describe('withoutIgnored', () => {
  it('drops the elements Pagefind ignores, nested ones of the same name included', () => {
    const html =
      '<p>a</p><aside data-pagefind-ignore><div><aside>x</aside></div></aside><p>b<span data-pagefind-ignore>y</span>c</p>';
    expect(htmlText(withoutIgnored(html)).replace(/\s+/g, ' ').trim()).toBe('a b c');
  });
});

describe('the synonym list', () => {
  const list = synonymFileSchema.parse(
    JSON.parse(readFileSync(new URL('../../content/search/synonyms.json', import.meta.url), 'utf8')),
  );
  it('has the field’s groups the issue names, in both languages', () => {
    const expand = synonymExpander(list);
    const added = (text: string) => expand(text).map((t) => t.term);
    expect(added('Wi-Fi')).toEqual(expect.arrayContaining(['无线网络', '无线局域网']));
    expect(added('能耗')).toEqual(expect.arrayContaining(['节能', '能效']));
    expect(added('PPP')).toEqual(expect.arrayContaining(['公私合营', '政府和社会资本合作']));
    expect(added('IoT')).toContain('物联网');
    expect(added('开放数据')).toEqual(expect.arrayContaining(['open data', '数据开放']));
    expect(added('cloud')).toContain('云计算');
  });
  it('lists each term once', () => {
    const all = list.groups.flatMap((g) => [...g.en, ...g.zh].map((t) => t.toLowerCase()));
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });
});

describe('termForLanguage', () => {
  it('keeps a page’s own language and, on Chinese pages, short Latin terms', () => {
    expect(termForLanguage('无线网络', 'zh')).toBe(true);
    expect(termForLanguage('WiFi', 'zh')).toBe(true);
    expect(termForLanguage('energy efficiency', 'zh')).toBe(false);
    expect(termForLanguage('energy efficiency', 'en')).toBe(true);
    expect(termForLanguage('无线网络', 'en')).toBe(false);
  });
});

describe('page weights in the index', () => {
  it('weigh a case above a city page above the pages that name many things', () => {
    expect(pageWeight('/en/cases/qianhai-smart-parking/')).toBe(1);
    expect(pageWeight('/zh/cities/ningbo/')).toBe(0.75);
    expect(pageWeight('/zh/cities/latest/')).toBe(0.5);
    expect(pageWeight('/en/glossary/')).toBe(0.5);
    expect(pageWeight('/en/framework/funding/')).toBe(0.5);
    expect(pageWeight('/en/cases/')).toBe(0.5);
  });
  it('weigh the main text and every heading, keeping a weight already set', () => {
    const html =
      '<main id="main" data-pagefind-body><h1>T</h1><h2 class="x">S</h2><h3 data-pagefind-weight="9">K</h3></main>';
    expect(weighted(html, 0.5)).toBe(
      '<main data-pagefind-weight="0.5" id="main" data-pagefind-body><h1 data-pagefind-weight="3.5">T</h1><h2 data-pagefind-weight="3" class="x">S</h2><h3 data-pagefind-weight="9">K</h3></main>',
    );
    expect(weighted(html, 1)).toBe(html);
  });
});
