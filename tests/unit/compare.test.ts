import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { compareChartGeometry, headLines } from '../../src/lib/charts/compare-chart';
import {
  cityFileHref,
  choiceSearch,
  shardCount,
  shardOf,
  compareKeys,
  compareReport,
  learnFrom,
  parseChoice,
  readingOf,
  selfAsCity,
  type CompareCity,
  type ComparePage,
  type CompareReading,
} from '../../src/lib/compare';
import type { Level } from '../../src/lib/levels';
import { mostSimilarFinder, similarity, type PeerProfile } from '../../src/lib/peers';

// Test data: two small ladders and cities made here, not the paper's.
const ladder = (c: string) => ({
  basic: [{ id: `${c}.basic.a` }],
  average: [{ id: `${c}.average.a` }],
  'more-advanced': [{ id: `${c}.more-advanced.a` }],
  'state-of-the-art': [{ id: `${c}.state-of-the-art.a` }],
});
const page: ComparePage = {
  lang: 'en',
  characteristics: [
    { id: 'strategy', name: 'Strategy', ladder: ladder('strategy') },
    { id: 'governance', name: 'Governance', ladder: ladder('governance') },
  ],
  criterionText: { 'strategy.basic.a': 'A vision', 'strategy.average.a': 'Goals per domain' },
  text: Object.fromEntries(compareKeys.map((key) => [key, en[key]])) as ComparePage['text'],
  cityNames: { alpha: 'Alpha', beta: 'Beta', gamma: 'Gamma' },
  cityHref: '/en/compare/cities-{shard}.json',
  shards: 3,
  contextWords: { region: { eu: 'European Union' }, adminLevel: { city: 'City' }, districtType: {} },
  selfHref: '/en/self-assessment/',
};
const level = (l: Level, possible: Level = l) => ({ level: l, possible });
const reading = (
  levels: CompareReading['levels'],
  criteria: CompareReading['criteria'] = {},
  label = 'The paper',
): CompareReading => ({
  label,
  levels,
  criteria,
  proofs: Object.fromEntries(
    Object.entries(criteria)
      .filter(([, s]) => s === 'met')
      .map(([id]) => [id, { evidence: `Test evidence for ${id}`, citation: 'Box 1', href: `#${id}` }]),
  ),
});
const city = (id: string, paper?: CompareReading, latest?: CompareReading): CompareCity => ({
  id,
  name: page.cityNames[id] ?? id,
  href: `/en/cities/${id}/`,
  context: {
    country: 'Testland',
    region: 'European Union',
    adminLevel: 'City',
    districtType: 'Unknown',
    role: 'Pilot',
  },
  profile: { region: 'eu', adminLevel: 'city', domains: [] },
  ...(paper ? { paper } : {}),
  ...(latest ? { latest } : {}),
  cases: [{ title: `${id} case`, href: `/en/cases/${id}/`, characteristics: ['strategy'] }],
});

describe('the choice in the link', () => {
  const known = (id: string) => id in page.cityNames;
  it('keeps known ids in order, each once, and the self-assessment', () => {
    expect(parseChoice('?cities=beta,self,alpha,beta', known)).toEqual({
      ids: ['beta', 'self', 'alpha'],
      unknown: [],
      tooMany: false,
    });
  });
  it('names unknown ids and keeps at most four', () => {
    expect(parseChoice('?cities=alpha,nowhere,beta,gamma,self,delta', known)).toEqual({
      ids: ['alpha', 'beta', 'gamma', 'self'],
      unknown: ['nowhere', 'delta'],
      tooMany: false,
    });
    expect(parseChoice('?cities=alpha,beta,gamma,self,alpha', known).tooMany).toBe(false);
    const five = parseChoice('?cities=alpha,beta,gamma,self,x', (id) => id !== 'nothing');
    expect(five).toEqual({ ids: ['alpha', 'beta', 'gamma', 'self'], unknown: [], tooMany: true });
  });
  it('reads a missing or empty parameter as no choice, and writes a choice back as the same link', () => {
    expect(parseChoice('', known).ids).toEqual([]);
    expect(parseChoice('?cities=', known).ids).toEqual([]);
    expect(choiceSearch(['alpha', 'self'])).toBe('?cities=alpha,self');
    expect(parseChoice(choiceSearch(['gamma', 'alpha']), known).ids).toEqual(['gamma', 'alpha']);
    expect(choiceSearch([])).toBe('');
  });
});

describe('the reading compared', () => {
  const paper = reading({ strategy: level('basic') });
  const report = reading({ strategy: level('average') }, {}, 'City report');
  it('is the paper, or the latest report where a city has one', () => {
    expect(readingOf(city('alpha', paper, report), 'paper')).toBe(paper);
    expect(readingOf(city('alpha', paper, report), 'latest')).toBe(report);
    expect(readingOf(city('alpha', paper), 'latest')).toBe(paper);
    expect(readingOf(city('alpha', undefined, report), 'paper')).toBeUndefined();
  });
});

describe('who could learn from whom, among the chosen cities only', () => {
  const alpha = city(
    'alpha',
    reading({ strategy: level('basic') }, { 'strategy.basic.a': 'met', 'strategy.average.a': 'not-met' }),
  );
  const beta = city(
    'beta',
    reading({ strategy: level('average') }, { 'strategy.basic.a': 'met', 'strategy.average.a': 'met' }),
  );
  const gamma = city('gamma', reading({ strategy: level('not-assessed') }));
  it('offers a chosen city proven one rung up, with its evidence, and nobody outside the choice', () => {
    const compared = [alpha, beta].map((c) => ({ city: c, reading: c.paper }));
    const [forAlpha, forBeta] = learnFrom(compared, page.characteristics);
    expect(forAlpha.steps).toHaveLength(1);
    expect(forAlpha.steps[0].characteristic).toBe('strategy');
    expect(forAlpha.steps[0].lessons.map((l) => [l.teacher.id, l.kind])).toEqual([['beta', 'a']]);
    expect(forAlpha.steps[0].lessons[0].proofs.map((p) => p.criterion)).toEqual(['strategy.average.a']);
    // Beta is ahead on strategy: Alpha shows nothing it lacks, so Beta has no step anyone chosen can teach.
    expect(forBeta.steps).toEqual([]);
    expect(forBeta.climbing).toBe(true);
  });
  it('says so when a city has nothing assessed to climb from', () => {
    const compared = [gamma, beta].map((c) => ({ city: c, reading: c.paper }));
    expect(learnFrom(compared, page.characteristics)[0]).toMatchObject({ steps: [], climbing: false });
  });
  it('renders each learner with its teachers, and a line where nobody chosen can teach', () => {
    const html = compareReport(
      page,
      [alpha, beta].map((c) => ({ city: c, reading: c.paper })),
      'paper',
    ).learnHtml();
    expect(html).toContain('data-learner="alpha"');
    expect(html).toMatch(/data-characteristic="strategy"><strong>Strategy: towards Average<\/strong>/);
    expect(html).toContain('data-peer="beta" data-kind="a"');
    expect(html).toContain('Test evidence for strategy.average.a');
    expect(html).toContain('None of the other chosen cities has evidence of what Beta');
  });
});

describe('the report', () => {
  const alpha = city('alpha', reading({ strategy: level('basic', 'average') }, { 'strategy.basic.a': 'met' }));
  const beta = city('beta', reading({ strategy: level('not-yet-addressed') }, { 'strategy.basic.a': 'not-met' }));
  const report = compareReport(
    page,
    [alpha, beta].map((c) => ({ city: c, reading: c.paper })),
    'paper',
  );
  it('keeps no evidence apart from not met', () => {
    const html = report.criteriaHtml();
    const row = (criterion: string) => html.match(new RegExp(`<tr data-criterion="${criterion}">.*?</tr>`))?.[0] ?? '';
    expect([...row('strategy.basic.a').matchAll(/data-status="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'met',
      'not-met',
    ]);
    expect([...row('strategy.average.a').matchAll(/data-status="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'no-evidence',
      'no-evidence',
    ]);
  });
  it('words each level as the city pages do, and an unread characteristic as not assessed', () => {
    const html = report.levelsHtml('Levels');
    expect(html).toContain('<td data-level="basic">Basic, possibly Average</td>');
    expect(html).toContain('<td data-level="not-yet-addressed">Not yet addressed</td>');
    expect(html).toMatch(/data-characteristic="governance">.*?<td data-level="not-assessed">Not assessed<\/td>/);
  });
  it('says which reading each city is compared by, and escapes what it writes', () => {
    const named = city('alpha', reading({}, {}, 'Report <b>'));
    const html = compareReport(page, [{ city: named, reading: named.paper }], 'paper').contextHtml('Context');
    expect(html).toContain('Report &lt;b&gt;');
    expect(report.reading()).toBe(en['readings.whichPaper']);
    expect(compareReport(page, [], 'latest').reading()).toBe(en['readings.whichLatest']);
  });
  it('titles the printed report with the cities and the date', () => {
    expect(report.printTitle('7 December 2026')).toBe('Alpha, Beta: compared on 7 December 2026');
  });
});

describe('the self-assessment as a compared city', () => {
  it('reads yes as met with the note as evidence, no as not met, and unknown as no evidence', () => {
    const self = selfAsCity(
      page,
      {
        answers: { 'strategy.basic.a': 'yes', 'strategy.average.a': 'no', 'governance.basic.a': 'unknown' },
        notes: { 'strategy.basic.a': 'Test note: the plan says so.' },
        targets: {},
        context: { region: 'eu' },
        city: 'Testville',
      },
      { strategy: level('basic') },
      '',
    );
    expect(self.id).toBe('self');
    expect(self.name).toBe('Testville (Your self-assessment)');
    expect(self.paper?.criteria).toEqual({ 'strategy.basic.a': 'met', 'strategy.average.a': 'not-met' });
    expect(self.paper?.proofs['strategy.basic.a'].evidence).toBe('Test note: the plan says so.');
    expect(self.context.region).toBe('European Union');
    expect(self.context.adminLevel).toBe(en['compare.notGiven']);
  });
});

describe('the compare chart', () => {
  const geometry = compareChartGeometry({
    rows: page.characteristics.map((c) => ({ id: c.id, label: c.name })),
    series: [
      { name: 'Alpha', levels: { strategy: level('basic', 'more-advanced') } },
      { name: 'Beta', levels: { strategy: level('not-yet-addressed') } },
    ],
    columns: ['Not assessed', 'Below Basic', 'Basic', 'Average', 'More advanced', 'State-of-the-art'],
    describe: (s, c) => `${s.name} ${c}`,
    width: 600,
  });
  it('puts a mark per city and characteristic, unknown apart in its own column and hollow', () => {
    expect(geometry.marks).toHaveLength(4);
    const [alphaStrategy, betaStrategy, alphaGovernance] = [0, 1, 2].map((i) => geometry.marks[i]);
    expect(alphaStrategy.x).toBe(geometry.columns[2].x);
    expect(alphaStrategy.possibleX).toBe(geometry.columns[4].x);
    expect(betaStrategy.x).toBe(geometry.columns[1].x);
    expect(alphaGovernance).toMatchObject({ x: geometry.columns[0].x, hollow: true });
    expect(alphaGovernance.x).toBeLessThan(geometry.ladderX);
    expect(new Set(geometry.marks.map((m) => m.shape))).toEqual(new Set(['circle', 'square']));
  });
  it('fits the width it is given, and splits long column heads in two lines', () => {
    expect(Math.max(...geometry.columns.map((c) => c.x))).toBeLessThan(600);
    expect(headLines('State-of-the-art')).toEqual(['State-of-', 'the-art']);
    expect(headLines('More advanced')).toEqual(['More', 'advanced']);
    expect(headLines('基本')).toEqual(['基本']);
  });
});

describe("a city page's most similar cities", () => {
  // Test data: profiles made here, not the paper's.
  const profile = (id: string, region: 'eu' | 'cn', ranks: Record<string, Level>): PeerProfile => ({
    id,
    region,
    adminLevel: 'city',
    domains: id.length % 2 ? ['open-data'] : ['transport'],
    levels: Object.fromEntries(Object.entries(ranks).map(([c, l]) => [c, { level: l, possible: l }])),
  });
  const profiles = [
    profile('a', 'eu', { strategy: 'basic', governance: 'average' }),
    profile('bb', 'eu', { strategy: 'basic', governance: 'average' }),
    profile('c', 'cn', { strategy: 'state-of-the-art' }),
    profile('dd', 'eu', { strategy: 'average', governance: 'average' }),
    profile('e', 'cn', {}),
    profile('ff', 'eu', { governance: 'not-yet-addressed' }),
  ];
  it('ranks as `similarity` does, most similar first, ties by id, never the city itself', () => {
    const find = mostSimilarFinder(profiles);
    for (const target of profiles) {
      const expected = profiles
        .filter((p) => p.id !== target.id)
        .map((p) => ({ id: p.id, score: similarity(target, p).score }))
        .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
        .slice(0, 3)
        .map((x) => x.id);
      expect(find(target).map((p) => p.id)).toEqual(expected);
    }
    expect(find(profiles[0], 1).map((p) => p.id)).toEqual(['bb']);
  });
});

describe("the cities' files", () => {
  it('put every city in one file of a few, the same one the page asks for', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `city-${i}`);
    const count = shardCount(ids.length);
    expect(count).toBe(9);
    const sizes = new Map<number, number>();
    for (const id of ids) {
      const shard = shardOf(id, count);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(count);
      expect(shardOf(id, count)).toBe(shard);
      sizes.set(shard, (sizes.get(shard) ?? 0) + 1);
    }
    // Spread out: no file holds more than three times its share.
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(18);
    expect(shardCount(0)).toBe(1);
    expect(cityFileHref(page, 'alpha')).toBe(`/en/compare/cities-${shardOf('alpha', 3)}.json`);
  });
});

describe('the most similar cities, among many', () => {
  // Test data: 400 profiles drawn from a fixed seed, not the paper's cities.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const levels = ['not-assessed', 'not-yet-addressed', 'basic', 'average', 'more-advanced'] as const;
  const profiles: PeerProfile[] = Array.from({ length: 400 }, (_, i) => ({
    id: `city-${String(i).padStart(3, '0')}`,
    region: pick(['eu', 'cn', 'other'] as const),
    adminLevel: pick(['city', 'district', 'new-area'] as const),
    ...(random() < 0.5 ? { districtType: pick(['new', 'existing'] as const) } : {}),
    domains: ['transport', 'energy', 'open-data'].filter(() => random() < 0.4),
    levels: Object.fromEntries(
      ['strategy', 'governance', 'funding'].map((c) => {
        const level = pick(levels);
        return [c, { level, possible: level }];
      }),
    ),
  }));
  it('finds the same cities as scoring every candidate, though it skips the groups that cannot reach the list', () => {
    const find = mostSimilarFinder(profiles);
    for (const target of profiles.slice(0, 120)) {
      const expected = profiles
        .filter((p) => p.id !== target.id)
        .map((p) => ({ id: p.id, score: similarity(target, p).score }))
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
        .slice(0, 3)
        .map((x) => x.id);
      expect(find(target).map((p) => p.id)).toEqual(expected);
    }
  });
});
