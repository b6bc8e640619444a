import { describe, expect, it } from 'vitest';
import { simplifiedSearch } from '../../src/data/traditional';
import {
  conversionTable,
  convert,
  hanCharacters,
  hasTraditional,
  parseOpenccDictionary,
  simplifiedTable,
  traditionalCharacters,
} from '../../src/lib/traditional';

describe('OpenCC dictionaries', () => {
  it('read as key and first value', () => {
    expect(parseOpenccDictionary('開 开|乾 干 乾|開放 开放')).toEqual([
      ['開', '开'],
      ['乾', '干'],
      ['開放', '开放'],
    ]);
  });
  it('convert by the longest key first, leaving what no key covers', () => {
    const table = conversionTable([
      ['乾', '干'],
      ['乾隆', '乾隆'],
      ['數', '数'],
      ['據', '据'],
    ]);
    expect(convert('乾隆數據 data', table)).toBe('乾隆数据 data');
    expect(convert('乾淨', table)).toBe('干淨');
  });
});

describe('the site table', () => {
  // Test data: a site whose text has these characters only.
  const site = hanCharacters(['开放数据智慧城市软件干净乾隆']);
  const file = simplifiedTable(
    [
      ['軟體', '軟件'],
      ['智慧', '智能'],
    ],
    [
      ['開', '开'],
      ['數', '数'],
      ['據', '据'],
      ['軟', '软'],
      ['乾', '干'],
      ['淨', '净'],
      ['乾隆', '乾隆'],
      ['雲', '云'],
    ],
    site,
  );
  it('composes the regional stage with the simplified one (軟體 → 軟件 → 软件)', () => {
    expect(file.entries['軟體']).toBe('软件');
    expect(convert('開放數據', conversionTable(Object.entries(file.entries)))).toBe('开放数据');
  });
  it('leaves a key the site itself could have as typed: 智慧 stays 智慧, not Taiwan-to-mainland 智能', () => {
    expect(file.entries['智慧']).toBeUndefined();
    expect(file.entries['乾']).toBeUndefined();
  });
  it('keeps only entries that give characters the site has (no 云 on this site)', () => {
    expect(file.entries['雲']).toBeUndefined();
  });
  it('names the characters that call for the table, none of them the site’s own', () => {
    const characters = traditionalCharacters(file, site);
    expect(characters).toContain('開');
    expect(characters).not.toContain('开');
    expect(hasTraditional('開放数据', characters)).toBe(true);
    expect(hasTraditional('开放数据 open data', characters)).toBe(false);
  });
});

describe("the real site's table (OpenCC's dictionaries, the site's content)", () => {
  const { file, characters, name } = simplifiedSearch();
  const table = conversionTable(Object.entries(file.entries));
  it.each([
    ['開放數據', '开放数据'],
    ['雲計算', '云计算'],
    ['資料庫', '数据库'],
    ['感測器', '传感器'],
    ['智慧停車', '智慧停车'],
    ['寬頻', '宽带'],
    ['物聯網', '物联网'],
  ])('converts %s to %s', (typed, simplified) => {
    expect(hasTraditional(typed, characters)).toBe(true);
    expect(convert(typed, table)).toBe(simplified);
  });
  it('leaves simplified text as it is, and is small', () => {
    expect(convert('智慧城市 开放数据', table)).toBe('智慧城市 开放数据');
    expect(hasTraditional('智慧城市 开放数据', characters)).toBe(false);
    expect(name).toMatch(/^traditional\.[0-9a-f]{10}\.json$/);
    expect(JSON.stringify(file).length).toBeLessThan(40_000);
  });
});
