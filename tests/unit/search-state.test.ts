import { describe, expect, it } from 'vitest';
import {
  excerptRuns,
  knownFilters,
  pauseBeforeSearch,
  typingPauseMs,
  orderFilterNames,
  searchStateFromUrl,
  searchStateToUrl,
  worthSearchingWhileTyping,
} from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('round-trips a query with filters in either language', () => {
    const state = { query: '智能停车', filters: { 地区: ['中国'], 技术: ['物联网', '云计算'] } };
    expect(searchStateFromUrl(searchStateToUrl(state))).toEqual(state);
  });
  it('writes nothing for an empty search, so the page URL stays clean', () => {
    expect(searchStateToUrl({ query: '  ', filters: {} })).toBe('');
  });
  it('reads a shared link with a space-encoded query and repeated values once', () => {
    expect(searchStateFromUrl('?q=open+data&Region=China&Region=China')).toEqual({
      query: 'open data',
      filters: { Region: ['China'] },
    });
  });
  it('drops empty and over-long parameters of a tampered link', () => {
    const long = 'x'.repeat(500);
    expect(searchStateFromUrl(`?q=parking&Region=&${long}=1&City=${long}`)).toEqual({ query: 'parking', filters: {} });
  });
});

describe('knownFilters', () => {
  const available = { Region: { China: 12, Europe: 20 }, City: { Seoul: 2 } };
  it('keeps only filters and values the index has', () => {
    expect(knownFilters({ Region: ['China', 'Atlantis'], Colour: ['red'], City: ['Seoul'] }, available)).toEqual({
      Region: ['China'],
      City: ['Seoul'],
    });
  });
  it('drops a filter whose values are all unknown', () => {
    expect(knownFilters({ Region: ['Mars'] }, available)).toEqual({});
  });
});

describe('orderFilterNames', () => {
  it('follows the catalogue order and puts unknown names last, by name', () => {
    expect(orderFilterNames(['Year', 'Zeta', 'Region', 'Alpha'], ['Region', 'Year'])).toEqual([
      'Region',
      'Year',
      'Alpha',
      'Zeta',
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
