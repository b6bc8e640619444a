import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import type { Level } from '../../src/lib/levels';
import { nextSteps } from '../../src/lib/next-steps';
import { nextStepsView, renderNextSteps } from '../../src/lib/next-steps-view';
import type { PeerProfile } from '../../src/lib/peers';
import {
  learnerOf,
  nextStepsWordsOf,
  selfAssessmentKeys,
  selfAssessmentReport,
  withCities,
  type SelfAssessmentCities,
  type SelfAssessmentData,
} from '../../src/lib/self-assessment';
import { emptyAssessment, type Answer, type SelfAssessment } from '../../src/lib/self-assessment-state';

const ladder = (c: string) => ({
  basic: [{ id: `${c}.basic.a` }],
  average: [{ id: `${c}.average.a` }, { id: `${c}.average.b` }],
  'more-advanced': [{ id: `${c}.more-advanced.a` }],
  'state-of-the-art': [{ id: `${c}.state-of-the-art.a` }],
});
const criteria = (c: string) => Object.values(ladder(c)).flatMap((rung) => rung.map((x) => x.id));
const profile = (id: string, region: 'eu' | 'cn', levels: Record<string, Level>): PeerProfile => ({
  id,
  region,
  adminLevel: 'city',
  domains: [],
  levels: Object.fromEntries(Object.entries(levels).map(([c, level]) => [c, { level, possible: level }])),
});

const data: SelfAssessmentData = {
  lang: 'en',
  characteristics: [
    { id: 'governance', name: 'Governance', ladder: ladder('governance') },
    { id: 'funding', name: 'Funding', ladder: ladder('funding') },
  ],
  criterionText: Object.fromEntries(
    ['governance', 'funding'].flatMap((c) => criteria(c).map((id) => [id, `To do: ${id}`])),
  ),
  profiles: [
    profile('ningbo', 'cn', { governance: 'average', funding: 'basic' }),
    profile('barcelona', 'eu', { governance: 'state-of-the-art', funding: 'basic' }),
  ],
  proofs: {
    ningbo: {
      'governance.basic.a': { evidence: 'A leading group.', at: ['box6'] },
      'governance.average.a': { evidence: 'A cross-department office.', at: ['box6', 'ch5.1'] },
    },
    barcelona: { 'governance.more-advanced.a': { evidence: 'City-wide targets.', at: ['ch5.1'] } },
  },
  citations: { box6: 'Box 6', 'ch5.1': 'Chapter 5, section 1' },
  cityNames: { ningbo: 'Ningbo', barcelona: 'Barcelona <Catalonia>' },
  caseTitles: { 'ningbo-leadership-structure': 'Leadership & structure', 'barcelona-bigov': 'BIGov' },
  casesByCity: { ningbo: { governance: ['ningbo-leadership-structure'] } },
  casesShowing: { 'governance.average.a': ['ningbo-leadership-structure'] },
  casesByCharacteristic: { governance: ['barcelona-bigov'] },
  text: Object.fromEntries(selfAssessmentKeys.map((key) => [key, t('en', key)])) as SelfAssessmentData['text'],
};
const report = selfAssessmentReport(data);
const answered = (answers: Record<string, Answer>, more: Partial<SelfAssessment> = {}): SelfAssessment => ({
  ...emptyAssessment(),
  answers,
  ...more,
});
const levelOf = (state: SelfAssessment, characteristic: string) =>
  report.levels(report.scores(state)).find((row) => row.characteristic === characteristic)!;

describe('the live levels', () => {
  it('say no rung is proven when only a higher criterion is met, with the chart open to what is possible', () => {
    const row = levelOf(answered({ 'governance.average.a': 'yes' }), 'governance');
    expect(row.text).toBe('No rung proven; possibly up to State-of-the-art');
    expect(row.cells).toEqual(['possible', 'possible', 'possible', 'possible']);
  });
  it('say not yet addressed only when a Basic criterion is answered no', () => {
    const row = levelOf(answered({ 'governance.basic.a': 'no' }), 'governance');
    expect(row.text).toBe('Not yet addressed');
    expect(row.cells).toEqual(['open', 'open', 'open', 'open']);
  });
  it('say not assessed when nothing is answered', () => {
    expect(levelOf(emptyAssessment(), 'funding')).toEqual({
      characteristic: 'funding',
      text: 'Not assessed',
      cells: ['unknown', 'unknown', 'unknown', 'unknown'],
    });
  });
});

describe('the roadmap', () => {
  const state = answered({ 'governance.average.b': 'yes' }, { targets: { governance: 3 } });

  it('lists, from no rung proven up to the target, the criteria not answered yes', () => {
    const [step] = report.roadmap(state, report.scores(state));
    expect(step.title).toBe('Governance: No rung proven; possibly up to State-of-the-art → More advanced');
    expect(step.rungs.map((r) => [r.rung, r.todo.map((x) => x.criterion)])).toEqual([
      ['basic', ['governance.basic.a']],
      ['average', ['governance.average.a']],
      ['more-advanced', ['governance.more-advanced.a']],
    ]);
    expect(step.rungs[1].cities).toEqual([{ title: 'Ningbo', href: '/en/cities/ningbo/#governance' }]);
  });
  it('links each criterion to the cases that show it, escaped', () => {
    const html = report.roadmapHtml(state, report.scores(state));
    expect(html).toContain(
      '<li data-criterion="governance.average.a">To do: governance.average.a<span class="meta"> (Shown by: <a href="/en/cases/ningbo-leadership-structure/">Leadership &amp; structure</a>)</span></li>',
    );
    expect(html).toContain('Cases for this characteristic: <a href="/en/cases/barcelona-bigov/">BIGov</a>');
    expect(html).toContain('Cities proven at this rung: no city’s evidence proves this rung yet');
  });
  it('leaves out a characteristic already at its target, and says how to get one', () => {
    const at = answered({ 'funding.basic.a': 'yes' }, { targets: { funding: 1 } });
    expect(report.roadmap(at, report.scores(at))).toEqual([]);
    expect(report.roadmapHtml(at, report.scores(at))).toContain('Set a target level');
  });
});

describe('learn next from', () => {
  it('is the city pages’ report, through the same renderer, with the evidence, citation and cases', () => {
    const state = answered({ 'governance.basic.a': 'yes' }, { context: { region: 'cn' } });
    const scores = report.scores(state);
    const html = report.learnNextHtml(state, scores);
    const words = nextStepsWordsOf(data);
    const teachers = data.profiles.map((p) => ({
      profile: p,
      proofs: new Map(
        Object.entries(data.proofs[p.id] ?? {}).map(([criterion, x]) => [
          criterion,
          { criterion, evidence: x.evidence, cite: { at: x.at } },
        ]),
      ),
    }));
    const steps = nextSteps({ learner: learnerOf(state, scores), teachers, ladders: data.characteristics });
    expect(html).toBe(renderNextSteps(nextStepsView(steps, words), words));
    expect(html).toContain('Governance: towards Average');
    expect(html).toContain('<li data-peer="ningbo" data-kind="a">');
    expect(html).toContain('A cross-department office. <span class="citation">Box 6, Chapter 5, section 1</span>');
    expect(html).toContain('<a href="/en/cases/ningbo-leadership-structure/">Leadership &amp; structure</a>');
  });
  it('compares with a city’s reviewed report where it is the latest reading, or with the paper only, never a mix', () => {
    const { lang, characteristics, criterionText, text, ...citiesPart } = data;
    const page = { lang, characteristics, criterionText, text };
    // Test data: a report for Ningbo, as the build writes it into the cities' file.
    const cities: SelfAssessmentCities = {
      ...citiesPart,
      reported: {
        profiles: [profile('ningbo', 'cn', { governance: 'average' })],
        proofs: {
          ningbo: {
            'governance.average.b': {
              evidence: 'Test data: a shared data office.',
              at: [],
              citation: 'Reported by the city, March 2026, reviewed',
              href: '/en/cities/ningbo/#report-2026-03-01',
            },
          },
        },
      },
    };
    const state = answered({ 'governance.basic.a': 'yes' }, { context: { region: 'cn' } });
    const html = (choice: 'latest' | 'paper') => {
      const chosen = selfAssessmentReport(withCities({ ...page, citiesHref: '/cities.json' }, cities, choice));
      return chosen.learnNextHtml(state, chosen.scores(state));
    };
    const latest = html('latest');
    expect(latest).toContain('<li data-peer="ningbo" data-kind="a">');
    expect(latest).toContain('href="/en/cities/ningbo/#report-2026-03-01"');
    expect(latest).toContain(
      'Test data: a shared data office. <span class="citation">Reported by the city, March 2026, reviewed</span>',
    );
    expect(latest).not.toContain('A cross-department office.');
    const paper = html('paper');
    expect(paper).toBe(report.learnNextHtml(state, report.scores(state)));
    expect(paper).not.toContain('Reported by the city');
  });
  it('says the top is reached when every criterion is answered yes', () => {
    const all = answered(Object.fromEntries(criteria('governance').map((id) => [id, 'yes' as const])));
    expect(levelOf(all, 'governance').text).toBe('State-of-the-art');
    expect(report.learnNextHtml(all, report.scores(all))).toBe('<p class="meta">Already at the top rung.</p>');
  });
  it('asks for answers first', () => {
    expect(report.learnNextHtml(emptyAssessment(), report.scores(emptyAssessment()))).toContain('Answer some criteria');
  });
});

describe('balance and exchange partners', () => {
  it('warn of a characteristic two rungs behind and name partners on the other side, escaped', () => {
    const state = answered(
      { ...Object.fromEntries(criteria('funding').map((id) => [id, 'yes' as const])), 'governance.basic.a': 'no' },
      { context: { region: 'cn' } },
    );
    const html = report.balanceHtml(state, report.scores(state));
    expect(html).toContain('Governance: 4 rungs behind');
    expect(html).toContain(
      '<li data-partner="barcelona"><a href="/en/cities/barcelona/">Barcelona &lt;Catalonia&gt;</a>: can teach Governance; can learn Funding</li>',
    );
  });
});

describe('the comparison and the CSV', () => {
  it('compare an earlier export with the answers now', () => {
    const html = report.comparisonHtml(answered({}), answered({ 'governance.basic.a': 'yes' }));
    expect(html).toContain('<p>Answers changed: 1</p>');
    expect(html).toContain(
      '<tr><th scope="row">Governance</th><td>Not assessed</td><td>Basic, possibly State-of-the-art</td></tr>',
    );
  });
  it('export every criterion beside its characteristic’s level, the new level included', () => {
    const rows = report.csv(
      answered({ 'governance.average.a': 'yes' }, { notes: { 'governance.average.a': 'Yes, "2024"' } }),
    );
    const lines = rows.split('\r\n');
    expect(lines[0]).toBe('characteristic,level,possible_level,level_text,criterion,text,answer,note');
    expect(lines).toContain(
      'governance,no-rung-proven,state-of-the-art,No rung proven; possibly up to State-of-the-art,governance.average.a,To do: governance.average.a,yes,"Yes, ""2024"""',
    );
    expect(lines).toContain(
      'funding,not-assessed,not-assessed,Not assessed,funding.basic.a,To do: funding.basic.a,unknown,',
    );
  });
});
