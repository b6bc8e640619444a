import { describe, expect, it } from 'vitest';
import {
  correctWord,
  editDistance,
  fewerWords,
  commonnessIn,
  compoundWords,
  isSmallWord,
  forgivingSearch,
  joinWords,
  queryWords,
  unknownWord,
  unmatchedWords,
  vocabularyOf,
} from '../../src/lib/search-query';

const vocabulary = ['parking', 'barcelona', 'open', 'data', 'opening', 'venice', '空调', '节能', '无线网络'];

describe('queryWords', () => {
  it('splits at spaces', () => {
    expect(queryWords('  open   data ')).toEqual(['open', 'data']);
  });
  it('splits a Chinese run at the known terms, longest first', () => {
    expect(queryWords('空调节能', vocabulary)).toEqual(['空调', '节能']);
    expect(queryWords('免费无线网络', vocabulary)).toEqual(['免费', '无线网络']);
  });
  it('leaves a Chinese run without known terms whole', () => {
    expect(queryWords('智慧港口', vocabulary)).toEqual(['智慧港口']);
  });
});

describe('joinWords', () => {
  it('writes Chinese words together and other words with spaces', () => {
    expect(joinWords(['空调', '节能'])).toBe('空调节能');
    expect(joinWords(['威尼斯', 'wifi', '游客'])).toBe('威尼斯 wifi 游客');
  });
});

describe('fewerWords', () => {
  it('drops one word, the last first, then two', () => {
    expect(fewerWords(['a', 'b', 'c'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['a'], ['b'], ['c']]);
  });
  it('has nothing to drop from one word', () => {
    expect(fewerWords(['a'])).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(fewerWords(['a', 'b', 'c', 'd', 'e', 'f'], 4)).toHaveLength(4);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('opne', 'open', 2)).toBe(1);
    expect(editDistance('parkng', 'parking', 2)).toBe(1);
    expect(editDistance('barcelna', 'barcelona', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 5)).toBe(3);
  });
  it('stops early once over the limit', () => {
    expect(editDistance('parking', 'governance', 1)).toBe(2);
  });
});

describe('correctWord', () => {
  it('corrects a one-letter typo to the vocabulary word', () => {
    expect(correctWord('parkng', vocabulary)).toBe('parking');
    expect(correctWord('Barcelna', vocabulary)).toBe('barcelona');
    expect(correctWord('opne', vocabulary)).toBe('open');
  });
  it('leaves known words, word starts, short words and Chinese alone', () => {
    expect(correctWord('parking', vocabulary)).toBeUndefined();
    expect(correctWord('openi', vocabulary)).toBeUndefined(); // still typing "opening"
    expect(correctWord('dta', vocabulary)).toBeUndefined();
    expect(correctWord('parks', vocabulary)).toBeUndefined(); // Pagefind's stemming finds parking
    expect(correctWord('节约', vocabulary)).toBeUndefined();
  });
  it('leaves a word far from every vocabulary word', () => {
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
  });
});

describe('unmatchedWords', () => {
  it('lists the typed Latin words the first result does not show as found', () => {
    expect(unmatchedWords(['parkng', 'data'], ['parking', 'data'])).toEqual(['parkng']);
  });
  it('takes inflections, hyphens and case as found', () => {
    expect(unmatchedWords(['Benchmarks', 'wifi'], ['benchmarking', 'Wi-Fi'])).toEqual([]);
  });
  it('never doubts short words or Chinese', () => {
    expect(unmatchedWords(['bus', '空调'], [])).toEqual([]);
  });
});

describe('vocabularyOf', () => {
  it('lists the words of four letters or more, the most widespread first, up to the limit', () => {
    expect(vocabularyOf(['Open data in Venice', 'open data portals', 'Parking data'], 3)).toEqual({
      words: ['data', 'open', 'parking'],
      complete: false, // "venice" and "portals" were left out
    });
  });
  it('adds the synonym list’s words and Chinese terms', () => {
    expect(vocabularyOf(['Wi-Fi'], 10, ['hotspot', '无线网络'])).toEqual({
      words: ['wi-fi', 'hotspot', '无线网络'],
      complete: true,
    });
  });
});

describe('unknownWord', () => {
  const complete = { words: vocabulary, complete: true };
  it('is a Latin word no page has nor begins with', () => {
    expect(unknownWord('submarine', complete)).toBe(true);
    expect(unknownWord('Parking', complete)).toBe(false);
    expect(unknownWord('barc', complete)).toBe(false);
    expect(unknownWord('openings', complete)).toBe(false);
  });
  it('is never a short word, a Chinese word, or a word of a vocabulary cut short', () => {
    expect(unknownWord('xyz', complete)).toBe(false);
    expect(unknownWord('火箭', complete)).toBe(false);
    expect(unknownWord('submarine', { words: vocabulary, complete: false })).toBe(false);
  });
});

describe('long questions and compounds', () => {
  it('split a Chinese question at its small words, which are then not required', async () => {
    expect(queryWords('巴塞罗那如何组织部门')).toEqual(['巴塞罗那', '如何', '组织部门']);
    expect(queryWords('宁波的领导小组', ['领导小组'])).toEqual(['宁波', '的', '领导小组']);
    // 参与 keeps its 与: single characters that also end words are not split at.
    expect(queryWords('公众参与')).toEqual(['公众参与']);
    expect(isSmallWord('How')).toBe(true);
    expect(isSmallWord('Barcelona')).toBe(false);
    const asked: string[] = [];
    const search = (query: string) => {
      asked.push(query);
      return Promise.resolve({ results: query === 'barcelona organise departments' ? ['x'] : [] });
    };
    const found = await forgivingSearch(
      'how did Barcelona organise its departments',
      {
        terms: [],
        vocabulary: () => Promise.resolve({ words: [], complete: false }),
        marked: () => Promise.resolve(['barcelona', 'organise', 'departments']),
      },
      (q) => search(q.toLowerCase()),
    );
    expect(asked[0]).toBe('barcelona organise departments');
    expect(found).toMatchObject({
      searched: 'Barcelona organise departments',
      smallWordsFrom: 'how did Barcelona organise its departments',
    });
  });
  it('drop the commonest words first when fewer are searched, keeping the one that names the thing', () => {
    const commonness = commonnessIn(['city', 'smart', 'data', 'departments', 'barcelona']);
    expect(fewerWords(['barcelona', 'smart', 'city', 'departments'], 3, commonness)).toEqual([
      ['barcelona', 'smart', 'departments'],
      ['barcelona', 'city', 'departments'],
      ['barcelona', 'smart', 'city'],
    ]);
    expect(fewerWords(['barcelona', 'smart', 'city'], 8, commonness)[3]).toEqual(['barcelona']);
  });
  it('split a word written together and join words written apart, as the site writes them', () => {
    const words = ['smart', 'city', 'open', 'data', 'e-government', 'open-data', 'government'];
    expect(compoundWords(['smartcity'], words)).toEqual(['smart', 'city']);
    expect(compoundWords(['opendata', 'Seoul'], words)).toEqual(['open-data', 'Seoul']);
    expect(compoundWords(['egovernment'], words)).toEqual(['e-government']);
    expect(compoundWords(['e', 'government'], words)).toEqual(['e-government']);
    expect(compoundWords(['open', 'data'], words)).toEqual(['open', 'data']);
    expect(compoundWords(['smart', 'parking'], words)).toEqual(['smart', 'parking']);
  });
});

describe('forgivingSearch', () => {
  // A stand-in for Pagefind: a page is found when it has every word of the query, and all its words are marked.
  const pages = ['空调 能耗 南沙', 'open data seoul', 'parking qianhai', 'parking sub'];
  const search = (query: string) =>
    Promise.resolve({ results: pages.filter((p) => query.split(' ').every((w) => p.includes(w.slice(0, 3)))) });
  const help = (words = vocabulary) => {
    const fetched = { vocabulary: 0 };
    return {
      fetched,
      terms: ['空调', '节能'],
      vocabulary: () => {
        fetched.vocabulary++;
        return Promise.resolve({ words, complete: true });
      },
      marked: (response: { results: string[] }) => Promise.resolve(response.results[0]?.split(' ') ?? []),
    };
  };

  it('searches the query as typed, and fetches no vocabulary, when its words are found', async () => {
    const h = help();
    expect(await forgivingSearch('open data', h, search)).toMatchObject({
      searched: 'open data',
      response: { results: ['open data seoul'] },
    });
    expect(h.fetched.vocabulary).toBe(0);
  });
  it('searches a traditional query in simplified characters and says so, asking only for such a query', async () => {
    const asked: string[] = [];
    const simplify = (query: string) => {
      asked.push(query);
      return Promise.resolve(query.includes('數') ? query.replace('開放數據', 'open data') : undefined);
    };
    expect(await forgivingSearch('開放數據', { ...help(), simplify }, search)).toMatchObject({
      searched: 'open data',
      simplifiedFrom: '開放數據',
      simplified: 'open data',
      response: { results: ['open data seoul'] },
    });
    const plain = await forgivingSearch('open data', { ...help(), simplify }, search);
    expect(plain.simplifiedFrom).toBeUndefined();
    expect(asked).toEqual(['開放數據', 'open data']);
  });
  it('corrects a typo and says so', async () => {
    const h = help();
    expect(await forgivingSearch('parkng', h, search)).toMatchObject({
      searched: 'parking',
      correctedFrom: 'parkng',
      response: { results: ['parking qianhai', 'parking sub'] },
    });
    expect(h.fetched.vocabulary).toBe(1);
  });
  it('drops words no page has with the others, and says which were searched', async () => {
    expect(await forgivingSearch('空调节能', help(), search)).toMatchObject({
      searched: '空调',
      fewerThan: '空调节能',
      response: { results: ['空调 能耗 南沙'] },
    });
  });
  it('returns the empty result when no fewer words find anything either', async () => {
    const found = await forgivingSearch('zebra giraffe', help(['zebra', 'giraffe']), search);
    expect(found.response.results).toEqual([]);
    expect(found.fewerThan).toBeUndefined();
  });
  it('leaves out a word no page has, rather than let it match words that begin alike', async () => {
    expect(await forgivingSearch('parking submarine', help(), search)).toMatchObject({
      searched: 'parking',
      fewerThan: 'parking submarine',
      response: { results: ['parking qianhai', 'parking sub'] },
    });
  });
});
