import { describe, expect, it } from 'vitest';
import { formatLocator, pathInLanguage, t } from '../../src/i18n';
import { describeScore } from '../../src/lib/score-text';
import type { CharacteristicScore } from '../../src/lib/scoring';

describe('pathInLanguage', () => {
  it('keeps the reader on the same page', () => {
    expect(pathInLanguage('/en/cities/ningbo/', 'zh')).toBe('/zh/cities/ningbo/');
    expect(pathInLanguage('/zh/', 'en')).toBe('/en/');
    expect(pathInLanguage('/zh', 'en')).toBe('/en/');
  });
  it('does not touch a path segment that only starts like a language', () => {
    expect(pathInLanguage('/en/cases/zhangzhou-telecom/', 'zh')).toBe('/zh/cases/zhangzhou-telecom/');
  });
});

describe('formatLocator', () => {
  it.each([
    ['ch5.2', 'Chapter 5, section 2', '第五章（二）'],
    ['ch3', 'Chapter 3', '第三章'],
    ['box6', 'Box 6', '专栏 6'],
    ['table3', 'Table 3', '表 3'],
    ['annex2', 'Annex 2', '附件 2'],
    ['fn16', 'Footnote 16', '脚注 16'],
    // In a document other than the paper (a contributed case's source).
    ['p12', 'page 12', '第 12 页'],
    ['p12-14', 'pages 12–14', '第 12–14 页'],
    ['s3.2', 'section 3.2', '第 3.2 节'],
    ['sA.1', 'section A.1', '第 A.1 节'],
  ])('%s reads "%s" / "%s"', (locator, en, zh) => {
    expect(formatLocator(locator, 'en')).toBe(en);
    expect(formatLocator(locator, 'zh')).toBe(zh);
  });
});

describe('describeScore', () => {
  const score = (level: CharacteristicScore['level'], possible: CharacteristicScore['level']): CharacteristicScore => ({
    assessed: level !== 'not-assessed',
    level,
    possible,
    met: [],
    notMet: [],
    unknown: [],
    next: null,
  });
  const en = (key: Parameters<typeof t>[1], params?: Record<string, string>) => t('en', key, params);
  const zh = (key: Parameters<typeof t>[1], params?: Record<string, string>) => t('zh', key, params);

  it('names a settled level', () => {
    expect(describeScore(score('average', 'average'), en)).toBe('Average');
    expect(describeScore(score('state-of-the-art', 'state-of-the-art'), zh)).toBe('最成熟');
  });
  it('shows a range when unknown criteria leave it open', () => {
    expect(describeScore(score('average', 'more-advanced'), en)).toBe('Average, possibly More advanced');
    expect(describeScore(score('average', 'more-advanced'), zh)).toBe('一般，可能达到较先进');
  });
  it('does not call an unproven level "not yet addressed"', () => {
    expect(describeScore(score('no-rung-proven', 'basic'), en)).toBe('No rung proven; possibly up to Basic');
    expect(describeScore(score('not-yet-addressed', 'not-yet-addressed'), en)).toBe('Not yet addressed');
  });
  it('says not assessed, never zero', () => {
    expect(describeScore(score('not-assessed', 'not-assessed'), en)).toBe('Not assessed');
    expect(describeScore(score('not-assessed', 'not-assessed'), zh)).toBe('无法评估');
  });
});
