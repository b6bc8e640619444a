import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { t, tn } from '../../src/i18n';
import { pluralKey } from '../../src/i18n/plural';
import { halfWidthPunctuationInChinese } from '../../src/lib/chinese-typography';

describe('Chinese typography', () => {
  it('finds an ASCII colon or parenthesis beside Chinese, and leaves full-width ones and English alone', () => {
    expect(halfWidthPunctuationInChinese('城市 (区)')).toHaveLength(2);
    expect(halfWidthPunctuationInChinese('表 3: 中国')).toHaveLength(1);
    expect(halfWidthPunctuationInChinese('城市（区）：表 3')).toEqual([]);
    expect(halfWidthPunctuationInChinese('Box 6 (ch5): see https://example.org')).toEqual([]);
  });

  it('uses full-width colons and parentheses in every Chinese string of the dictionary', () => {
    const entries = Object.entries(zh).filter(([, value]) => /\p{Script=Han}/u.test(value));
    expect(entries.length).toBeGreaterThan(300);
    // A web address keeps its own colon (https://): it is not Chinese text.
    const halfWidth = entries
      .filter(([, value]) => /[:()]/.test(value.replaceAll(/https?:\/\//g, '')))
      .map(([key, value]) => `${key}: ${value}`);
    expect(halfWidth).toEqual([]);
  });

  it('puts Chinese parentheses around a parenthetical, English ones with a space before', () => {
    const aside = (lang: 'en' | 'zh') => `区${t(lang, 'punct.open')}隶属上海${t(lang, 'punct.close')}`;
    expect(aside('zh')).toBe('区（隶属上海）');
    expect(halfWidthPunctuationInChinese(aside('zh'))).toEqual([]);
    expect(`District${t('en', 'punct.open')}Part of Shanghai${t('en', 'punct.close')}`).toBe(
      'District (Part of Shanghai)',
    );
  });
});

describe('plurals', () => {
  it('picks the singular key for one in English, and the one form in Chinese', () => {
    expect(pluralKey('en', 'balance.gap', 1)).toBe('balance.gapOne');
    expect(pluralKey('en', 'balance.gap', 2)).toBe('balance.gap');
    expect(pluralKey('en', 'balance.gap', 0)).toBe('balance.gap');
    expect(pluralKey('zh', 'balance.gap', 1)).toBe('balance.gap');
  });

  it('says "1 city", "1 other characteristic" and "1 rung", and "2 cities"', () => {
    expect(tn('en', 'matrix.rows', 1)).toBe('1 city shown');
    expect(tn('en', 'matrix.rows', 2)).toBe('2 cities shown');
    expect(tn('en', 'framework.notAssessedCount', 1, { total: 45 })).toMatch(/^1 of 45 cities is not assessed/);
    expect(t('en', pluralKey('en', 'next.similarity', 1), { score: 40, shared: 1 })).toBe(
      '40% similar, on 1 other characteristic and context',
    );
    expect(t('en', pluralKey('en', 'balance.gap', 1), { characteristic: 'Funding', gap: 1 })).toBe(
      'Funding: 1 rung behind',
    );
  });

  it('gives every English count of a countable thing a singular form', () => {
    // Counts that are never one: the site's totals, and the cities Table 3 covers per side (ten and more).
    const neverOne = new Set(['home.counts', 'findings.coveredCities', 'catalogue.showing']);
    const counted = Object.entries(en)
      .filter(([key]) => !key.endsWith('One') && !neverOne.has(key))
      .filter(([, value]) => /\{(?:count|shared|gap|shown|total|cases|cities|assessed)\} (?:other )?\w+s\b/.test(value))
      .map(([key]) => key);
    expect(counted.length).toBeGreaterThan(3);
    expect(counted.filter((key) => !(`${key}One` in en))).toEqual([]);
  });
});
