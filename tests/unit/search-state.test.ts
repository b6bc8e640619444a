import { describe, expect, it } from 'vitest';
import {
  alternateTermMark,
  excerptRuns,
  resultExcerpt,
  knownFilters,
  pauseBeforeSearch,
  typingPauseMs,
  orderFilterNames,
  pagefindFilters,
  searchStateFromUrl,
  searchStateToUrl,
  worthSearchingWhileTyping,
} from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('round-trips a query with filters by facet id', () => {
    const state = { query: '智能停车', filters: { region: ['cn'], technology: ['cloud', 'iot'] } };
    expect(searchStateFromUrl(searchStateToUrl(state))).toEqual(state);
  });
  it('writes the catalogue’s parameters, the same in both languages', () => {
    expect(searchStateToUrl({ query: 'open data', filters: { region: ['eu', 'cn'], funding: ['ppp'] } })).toBe(
      '?q=open+data&funding=ppp&region=cn,eu',
    );
  });
  it('writes nothing for an empty search, so the page URL stays clean', () => {
    expect(searchStateToUrl({ query: '  ', filters: {} })).toBe('');
  });
  it('reads a shared link with a space-encoded query and repeated values once', () => {
    expect(searchStateFromUrl('?q=open+data&region=cn&region=cn,eu')).toEqual({
      query: 'open data',
      filters: { region: ['cn', 'eu'] },
    });
  });
  it('ignores labels and unknown parameters of an old or tampered link', () => {
    expect(searchStateFromUrl(`?q=parking&Region=China&地区=中国&colour=red&region=`)).toEqual({
      query: 'parking',
      filters: {},
    });
  });
});

describe('knownFilters', () => {
  const available = { region: { cn: 12, eu: 20 }, city: { seoul: 2 } };
  it('keeps only filters and values the index has', () => {
    expect(knownFilters({ region: ['cn', 'atlantis'], colour: ['red'], city: ['seoul'] }, available)).toEqual({
      region: ['cn'],
      city: ['seoul'],
    });
  });
  it('drops a filter whose values are all unknown', () => {
    expect(knownFilters({ region: ['mars'] }, available)).toEqual({});
  });
});

describe('orderFilterNames', () => {
  it('follows the catalogue order and puts unknown names last, by name', () => {
    expect(orderFilterNames(['year', 'zeta', 'region', 'alpha'], ['region', 'year'])).toEqual([
      'region',
      'year',
      'alpha',
      'zeta',
    ]);
  });
});

describe('resultExcerpt', () => {
  const mark = alternateTermMark;
  it('keeps the page’s own words when they matched, without the added terms', () => {
    expect(
      resultExcerpt(`free city <mark>Wi-Fi</mark> for all. ${mark} wireless ${mark} 无线网络`, 'A summary', mark),
    ).toEqual([
      { text: 'free city ', marked: false },
      { text: 'Wi-Fi', marked: true },
      { text: ' for all.', marked: false },
    ]);
  });
  it('shows the description when only an added term matched', () => {
    expect(resultExcerpt(`the end. ${mark} <mark>wireless</mark> ${mark} hotspot`, 'A summary', mark)).toEqual([
      { text: 'A summary', marked: false },
    ]);
  });
  it('leaves an excerpt without added terms as it is', () => {
    expect(resultExcerpt('smart <mark>parking</mark>', undefined, mark)).toEqual([
      { text: 'smart ', marked: false },
      { text: 'parking', marked: true },
    ]);
  });
});

describe('excerptRuns', () => {
  it('splits marked and unmarked text and decodes entities', () => {
    expect(excerptRuns('Smart <mark>parking</mark> &amp; guidance in Qianhai')).toEqual([
      { text: 'Smart ', marked: false },
      { text: 'parking', marked: true },
      { text: ' & guidance in Qianhai', marked: false },
    ]);
  });
  it('never lets other markup through', () => {
    const runs = excerptRuns('a <img src=x onerror=alert(1)><mark>b</mark> &lt;script&gt;');
    expect(runs.map((r) => r.text).join('')).toBe('a b <script>');
    expect(runs.find((r) => r.marked)?.text).toBe('b');
  });
  it('handles numeric entities and Chinese text', () => {
    expect(excerptRuns('&#26234;&#x80FD;<mark>停车</mark>')).toEqual([
      { text: '智能', marked: false },
      { text: '停车', marked: true },
    ]);
  });
  it('sets Chinese as Chinese: no zero-width spaces, 。 for the ". " Pagefind ends blocks with, no space after 。 or ）', () => {
    const runs = excerptRuns(
      '库尔勒\u200b市. 中国. <mark>试点</mark>\u200b城市（表 1） <mark>新区</mark>. 英文 Seoul. Korla.',
    );
    expect(runs.map((r) => r.text).join('')).toBe('库尔勒市。中国。试点城市（表 1）新区。英文 Seoul. Korla.');
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['试点', '新区']);
  });
  it('drops the sentence mark an excerpt starts with where Pagefind cut the text after a word', () => {
    expect(excerptRuns('. <mark>治理</mark>。智慧城市工作')[0]).toEqual({ text: '治理', marked: true });
    expect(excerptRuns(', and Seoul.')[0].text).toBe('and Seoul.');
  });
});

describe('worthSearchingWhileTyping', () => {
  it('waits while the last word is a single letter', () => {
    expect(worthSearchingWhileTyping('s')).toBe(false);
    expect(worthSearchingWhileTyping('smart p')).toBe(false);
    expect(worthSearchingWhileTyping('  s')).toBe(false);
  });
  it('searches two letters or more, and a single Chinese character', () => {
    expect(worthSearchingWhileTyping('sm')).toBe(true);
    expect(worthSearchingWhileTyping('smart pa')).toBe(true);
    expect(worthSearchingWhileTyping('smart ')).toBe(true);
    expect(worthSearchingWhileTyping('智')).toBe(true);
    expect(worthSearchingWhileTyping('智能 停')).toBe(true);
  });
});

describe('pauseBeforeSearch', () => {
  it('searches at once when several characters arrive together: a paste or an input-method commit', () => {
    expect(pauseBeforeSearch('', 'smart parking')).toBe(0);
    expect(pauseBeforeSearch('', '智能停车')).toBe(0);
    expect(pauseBeforeSearch('智能', '智能停车')).toBe(0);
  });
  it('waits for a pause after a single key or a deletion', () => {
    expect(pauseBeforeSearch('smart parkin', 'smart parking')).toBe(typingPauseMs);
    expect(pauseBeforeSearch('智能停', '智能停车')).toBe(typingPauseMs);
    expect(pauseBeforeSearch('smart parking', 'smart')).toBe(typingPauseMs);
  });
});

describe('filters for Pagefind', () => {
  it('asks for any of the values of one filter, as the catalogue does, and drops empty ones', () => {
    expect(pagefindFilters({ region: ['cn', 'eu'], funding: ['ppp'], domain: [] })).toEqual({
      region: { any: ['cn', 'eu'] },
      funding: { any: ['ppp'] },
    });
  });
});
