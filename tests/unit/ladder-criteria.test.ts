import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rungs } from '../../src/lib/levels';
import { scoreAssessment, scoreCharacteristic } from '../../src/lib/scoring';
import { decodeState, encodeState, toExportFile, type Answer } from '../../src/lib/self-assessment-state';
import type { Characteristic } from '../../src/schemas/characteristic';

// The real characteristics, read as JSON rather than through the schema, so that the same tests can be
// pointed at an older copy of the content (SCL_CONTENT_DIR=…) and show what they would have caught.
const contentDir = process.env.SCL_CONTENT_DIR ?? 'content';
const characteristicsDir = join(contentDir, 'characteristics');
const characteristics = readdirSync(characteristicsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(characteristicsDir, name), 'utf8')) as Characteristic);
type Rated = Characteristic & { ladder: NonNullable<Characteristic['ladder']> };
const rated = characteristics.filter((c): c is Rated => c.ladder !== null);
const criteriaOf = (c: Rated) => rungs.flatMap((rung) => c.ladder[rung]);

type Text = { zh: string; en: string };

/**
 * Words that say what a city has not done yet, or has only a little of. Annex 2 writes such limits into its
 * stage descriptions; as criteria they are requirements a better city fails, so none may appear in one.
 * ("无" alone would also hit 无线, wireless, and "未" alone 未来, future.)
 */
const limitationWords: Record<keyof Text, RegExp[]> = {
  en: [
    /\bunlikely\b/i,
    /\bnot\b/i,
    /n[’']t\b/i,
    /\bno\b/i,
    /\bnever\b/i,
    /\bwithout\b/i,
    /\bown\b/i,
    /\bonly\b/i,
    /\byet\b/i,
    /\bstill\b/i,
    /\blimited\b/i,
    /\bfewer than\b/i,
    /\bpossibly\b/i,
    /\bunproven\b/i,
    /\bexperiment/i,
    /\bbasic level\b/i,
  ],
  zh: [
    /不/,
    /没有/,
    /无(?!线)/,
    /尚未/,
    /尚无/,
    /仍/,
    /难以/,
    /可能/,
    /有限/,
    /只/,
    /仅/,
    /单独/,
    /各自/,
    /少于/,
    /基本/,
    /试验/,
  ],
};

/** A partial scope ("some pilots", "部分基础设施") is true of a better city only when it says "at least". */
const partialScopes: Record<keyof Text, RegExp[]> = {
  en: [/\bsome\b/i, /\bfew\b/i, /\bdepartment level\b|\bwithin departments\b/i],
  zh: [/部分/, /一些/, /若干/, /几项/, /部门层面|部门一级/],
};
const atLeast: Record<keyof Text, RegExp> = { en: /\bat least\b/i, zh: /至少/ };

/** What in a criterion's text states a limitation, in either language; empty when nothing does. */
function limitationsIn(text: Text): string[] {
  return (['en', 'zh'] as const).flatMap((lang) => [
    ...limitationWords[lang].filter((word) => word.test(text[lang])).map((word) => `${lang} ${word}`),
    ...(atLeast[lang].test(text[lang])
      ? []
      : partialScopes[lang]
          .filter((scope) => scope.test(text[lang]))
          .map((scope) => `${lang} ${scope} without "at least"`)),
  ]);
}

/**
 * The truthful answers of a city at the top of every ladder: it has achieved everything the criteria name and
 * has left every stage's limitations behind, so it says no to a criterion exactly when the criterion states one.
 */
const topCityAnswer = (text: Text): Answer => (limitationsIn(text).length > 0 ? 'no' : 'yes');

describe.each(rated.map((c) => [c.id, c] as const))('the %s ladder', (_id, c) => {
  it('scores State-of-the-art when every criterion is met', () => {
    expect(scoreCharacteristic(c.ladder, () => 'met').level).toBe('state-of-the-art');
  });

  it('states no limitation in any criterion, so a higher rung never contradicts a lower one', () => {
    const offenders = criteriaOf(c)
      .map((criterion) => ({ id: criterion.id, limitations: limitationsIn(criterion.text) }))
      .filter((x) => x.limitations.length > 0);
    expect(offenders).toEqual([]);
  });

  it('keeps what each stage still lacks in its stage description, in both languages', () => {
    for (const rung of rungs) {
      expect(c.stages?.[rung]?.zh, rung).toBeTruthy();
      expect(c.stages?.[rung]?.en, rung).toBeTruthy();
    }
  });

  it('leaves a top city that answers truthfully at State-of-the-art', () => {
    const deniedByTopCity = criteriaOf(c)
      .filter((criterion) => topCityAnswer(criterion.text) === 'no')
      .map((criterion) => criterion.id);
    const score = scoreCharacteristic(c.ladder, (id) => (deniedByTopCity.includes(id) ? 'not-met' : 'met'));
    expect(score.level).toBe('state-of-the-art');
    expect(deniedByTopCity).toEqual([]);
  });
});

describe('the whole framework', () => {
  it('has eight rated characteristics; legal and regulatory policy has no ladder and no stages', () => {
    expect(rated.map((c) => c.id).sort()).toEqual(
      [
        'business-model',
        'funding',
        'governance',
        'ict-infrastructure',
        'services',
        'stakeholders',
        'strategy',
        'value-assessment',
      ].sort(),
    );
    const legal = characteristics.find((c) => c.id === 'legal-regulatory');
    expect(legal?.ladder).toBeNull();
    expect(legal?.stages).toBeNull();
  });

  it('scores State-of-the-art on every characteristic when every criterion is met', () => {
    const criteria = rated.flatMap((c) => criteriaOf(c).map((x) => ({ criterion: x.id, status: 'met' as const })));
    const scores = scoreAssessment(rated, criteria);
    expect(Object.values(scores).map((s) => s.level)).toEqual(rated.map(() => 'state-of-the-art'));
  });

  it('rates a top city State-of-the-art everywhere through a self-assessment link and its export', () => {
    const ids = rated.flatMap((c) => criteriaOf(c).map((x) => x.id));
    const answers = Object.fromEntries(
      rated.flatMap((c) => criteriaOf(c).map((x) => [x.id, topCityAnswer(x.text)] as const)),
    );
    const link = encodeState(
      { answers, notes: {}, targets: {}, context: {} },
      ids,
      rated.map((c) => c.id),
    );
    const decoded = decodeState(
      link,
      ids,
      rated.map((c) => c.id),
    );
    if (!decoded.ok) throw new Error(decoded.reason);
    const file = toExportFile(decoded.value, ids, '2026-01-01T00:00:00Z');
    const scores = scoreAssessment(rated, file.criteria);
    expect(Object.fromEntries(rated.map((c) => [c.id, scores[c.id].level]))).toEqual(
      Object.fromEntries(rated.map((c) => [c.id, 'state-of-the-art'])),
    );
  });

  it('keeps the number and order of criteria per characteristic, so earlier self-assessment links still decode', () => {
    // A link holds one answer per criterion, by position (src/lib/self-assessment-state.ts).
    expect(Object.fromEntries(rated.map((c) => [c.id, criteriaOf(c).length]))).toEqual({
      'business-model': 4,
      funding: 6,
      governance: 5,
      'ict-infrastructure': 12,
      services: 6,
      stakeholders: 7,
      strategy: 9,
      'value-assessment': 4,
    });
  });
});

// The criteria as they read before they were made cumulative: each copied a limitation of its stage
// description (or a partial scope without "at least") into what a city had to meet.
const earlierWordings: [id: string, en: string, zh: string][] = [
  [
    'business-model.basic.pilot-models',
    'Pilots have business models that are unlikely to last beyond the pilot',
    '试点项目有商业模式，但难以延续到试点之后',
  ],
  [
    'business-model.average.varied-pilot-models',
    'Has developed different business models for pilots, some proven, some still experimental',
    '为试点开发了不同的商业模式，部分已验证，部分仍在试验',
  ],
  [
    'business-model.more-advanced.beyond-pilot',
    'Business models are likely to last beyond the pilot phase (possibly unproven)',
    '商业模式有望延续到试点阶段之后（可能尚未验证）',
  ],
  [
    'funding.basic.pilot-funding',
    'Funds pilot projects (no plan yet to fund beyond them)',
    '为试点项目提供资金（尚无超出试点的扩大资助计划）',
  ],
  ['funding.basic.spending-monitoring', 'Monitors spending at a basic level', '对财政支出进行基本监控'],
  [
    'funding.average.scale-up-plan',
    'Has a funding plan to take some pilots to full deployment',
    '有筹资计划，把部分试点扩展为全面部署',
  ],
  [
    'funding.more-advanced.scale-up-funds',
    'Has money available to turn some pilots into full projects',
    '已有资金把部分试点扩展为全面项目',
  ],
  ['governance.basic.departmental', 'Has governance structures within departments', '有部门层面的治理结构'],
  [
    'ict-infrastructure.basic.per-project-ict',
    'Each project gets its own ICT infrastructure',
    '为每个项目单独提供信息通信基础设施',
  ],
  [
    'ict-infrastructure.average.some-shared',
    'Some ICT infrastructure is managed and shared across projects',
    '部分基础设施在项目之间共同管理和共享',
  ],
  [
    'services.basic.few-services',
    'Offers a few (fewer than 5) smart-city services, some of them pilots',
    '有少数（少于 5 项）智慧城市服务，部分为试点',
  ],
  [
    'services.average.several-services',
    'Runs several smart-city services, some possibly still pilots',
    '已实施多项智慧城市服务，部分可能仍是试点',
  ],
  [
    'services.state-of-the-art.best-practice-recognised',
    'Some services are recognised as best practice and have won acclaim',
    '部分服务被视为“最佳实践”并因此获得赞誉',
  ],
  [
    'stakeholders.basic.roles-defined',
    'Stakeholders’ roles and relationships are clearly defined (services are still designed without citizens)',
    '利益相关者的角色和关系已明确界定（服务设计尚无公民参与）',
  ],
  [
    'stakeholders.average.limited-citizen-input',
    'Citizens take a limited part in designing services',
    '服务设计有有限的公民参与',
  ],
  [
    'strategy.basic.ict-strategy',
    'Has at least a limited strategy centred on ICT',
    '至少有一项以信息通信技术为主的有限战略',
  ],
  ['strategy.average.some-kpis', 'Has a limited set of smart-city KPIs', '已有数量有限的智慧城市 KPI'],
  [
    'value-assessment.basic.project-business-cases',
    'Assesses business cases project by project, on financial grounds only',
    '逐个项目评估商业案例，只考虑财务因素',
  ],
  [
    'value-assessment.average.some-non-financial',
    'Counts some non-financial value in business cases',
    '商业案例评估中计入部分非财务价值',
  ],
  [
    'value-assessment.more-advanced.evaluation-framework',
    'Has a smart-city evaluation framework that includes some non-financial (social, environmental) factors',
    '建立了包含部分社会、环境等非财务因素的智慧城市评估框架',
  ],
];

describe('the limitation check', () => {
  it.each(earlierWordings)('catches the earlier wording of %s in both languages', (_id, en, zh) => {
    expect(limitationsIn({ en, zh: '' }).length, en).toBeGreaterThan(0);
    expect(limitationsIn({ en: '', zh }).length, zh).toBeGreaterThan(0);
  });

  it('lets a partial scope through when it says "at least"', () => {
    expect(limitationsIn({ en: 'At least some infrastructure is shared', zh: '至少一部分基础设施已共享' })).toEqual([]);
  });

  it('tells wireless and the future apart from a missing thing', () => {
    expect(limitationsIn({ en: 'Funds in-vehicle wireless', zh: '为车载无线网络提供资金，面向未来' })).toEqual([]);
    expect(limitationsIn({ en: 'Funds pilots', zh: '无扩大计划' })).toEqual(['zh /无(?!线)/']);
  });
});
