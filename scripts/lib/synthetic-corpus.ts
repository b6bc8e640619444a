/**
 * A synthetic content tree for the scale benchmark: N cities with paper-reading assessments
 * and M cases in both languages, deterministic from a seed. The fixed parts (characteristics,
 * glossary, sources, findings) are copied from the real content so every reference resolves; the real
 * cities that findings name (Table 3's EU sample) are copied too, for the same reason.
 * Everything generated is marked synthetic ("Synthetic case 123" / "合成案例 123").
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { characteristicIds, rungs } from '../../src/lib/levels';
import { caseScopes, serviceDomains, technologies } from '../../src/lib/taxonomy';

export interface CorpusOptions {
  /** Folder to write; emptied first. */
  outDir: string;
  cities: number;
  cases: number;
  seed: number;
  /** The real content tree the fixed parts are copied from. */
  sourceDir?: string;
}

export interface CorpusSummary {
  cities: number;
  syntheticCities: number;
  assessments: number;
  cases: number;
}

/** mulberry32: tiny, fast, and the same sequence on every machine for a seed (the property tests use it too). */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = Math.min(pool.length, int(min, max));
    const chosen: T[] = [];
    for (let i = 0; i < count; i++) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };
  return { next, int, pick, some };
}
type Random = ReturnType<typeof randomFrom>;

// Word pools for the case stories: real Chinese words (so Pagefind's Chinese segmentation sees
// ordinary vocabulary) and their English counterparts, combined into varied sentences.
const topics = [
  { zh: '智能交通', en: 'smart transport' },
  { zh: '公共照明', en: 'public lighting' },
  { zh: '垃圾分类', en: 'waste sorting' },
  { zh: '供水管网', en: 'the water network' },
  { zh: '社区养老', en: 'community elderly care' },
  { zh: '远程医疗', en: 'telemedicine' },
  { zh: '电子政务', en: 'e-government' },
  { zh: '开放数据', en: 'open data' },
  { zh: '智能停车', en: 'smart parking' },
  { zh: '空气质量监测', en: 'air-quality monitoring' },
  { zh: '建筑节能', en: 'building energy efficiency' },
  { zh: '食品安全追溯', en: 'food-safety tracing' },
  { zh: '港口物流', en: 'port logistics' },
  { zh: '智慧教育', en: 'smart education' },
  { zh: '应急管理', en: 'emergency management' },
  { zh: '公共无线网络', en: 'public wireless access' },
  { zh: '电动汽车充电', en: 'electric-vehicle charging' },
  { zh: '城市规划', en: 'urban planning' },
  { zh: '旅游服务', en: 'tourist services' },
  { zh: '中小企业服务', en: 'services for small firms' },
] as const;
const actors = [
  { zh: '市政府', en: 'the city government' },
  { zh: '区信息中心', en: 'the district information centre' },
  { zh: '一家本地电信运营商', en: 'a local telecom operator' },
  { zh: '大学研究团队', en: 'a university research team' },
  { zh: '市民代表', en: 'residents’ representatives' },
  { zh: '公共交通公司', en: 'the public transport company' },
  { zh: '国有投资平台', en: 'a state-owned investment platform' },
  { zh: '中小企业联盟', en: 'an alliance of small firms' },
] as const;
const actions = [
  { zh: '共同建设了', en: 'jointly built' },
  { zh: '试点运行了', en: 'piloted' },
  { zh: '逐步推广了', en: 'gradually rolled out' },
  { zh: '重新设计了', en: 'redesigned' },
  { zh: '整合了', en: 'integrated' },
  { zh: '评估了', en: 'evaluated' },
] as const;
const objects = [
  { zh: '统一的数据平台', en: 'a shared data platform' },
  { zh: '传感器网络', en: 'a sensor network' },
  { zh: '移动应用程序', en: 'a mobile application' },
  { zh: '云计算服务', en: 'a cloud computing service' },
  { zh: '在线服务窗口', en: 'an online service counter' },
  { zh: '绩效指标体系', en: 'a set of performance indicators' },
  { zh: '开放接口', en: 'an open interface' },
] as const;
const results = [
  { zh: '居民的等待时间明显缩短', en: 'residents wait noticeably less' },
  { zh: '能源消耗有所下降', en: 'energy use went down' },
  { zh: '部门之间的信息共享更加顺畅', en: 'departments share information more smoothly' },
  { zh: '企业获得了新的商业机会', en: 'firms found new business opportunities' },
  { zh: '运营成本得到控制', en: 'running costs were kept under control' },
  { zh: '公众满意度持续提高', en: 'public satisfaction kept rising' },
  { zh: '数据质量仍需改进', en: 'data quality still needs work' },
] as const;
const challenges = [
  { zh: '资金来源不稳定', en: 'funding was not steady' },
  { zh: '部门之间协调困难', en: 'departments were hard to coordinate' },
  { zh: '个人隐私保护要求较高', en: 'privacy protection set a high bar' },
  { zh: '老年人使用数字服务有困难', en: 'older people found the digital service hard to use' },
  { zh: '标准不统一', en: 'standards did not match' },
] as const;
const syllables = [
  '安',
  '宁',
  '和',
  '江',
  '川',
  '山',
  '平',
  '明',
  '兴',
  '华',
  '新',
  '阳',
  '清',
  '远',
  '东',
  '南',
  '北',
  '西',
  '德',
  '林',
];
const countries = {
  eu: ['NL', 'ES', 'DE', 'FR', 'IT', 'SE', 'DK', 'EE', 'LV', 'LT', 'HR', 'GB'],
  cn: ['CN'],
  other: ['KR', 'JP', 'US', 'SG', 'AE'],
} as const;
const locators = [
  'ch2.2',
  'ch3',
  'ch4.1',
  'ch5.1',
  'ch5.2',
  'ch5.3',
  'ch5.4',
  'ch5.5',
  'box3',
  'box4',
  'box6',
  'box10',
  'annex2',
] as const;

const cite = (r: Random) => ({ at: r.some(locators, 1, 2) });
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const writeJson = (file: string, data: unknown) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

interface CriterionRef {
  id: string;
  text: { zh: string; en: string };
}

function caseStory(r: Random, lang: 'zh' | 'en', city: { zh: string; en: string } | undefined, n: number) {
  const place = city ? city[lang] : lang === 'zh' ? '多个城市' : 'several cities';
  const paragraphs: string[] = [];
  for (let p = 0; p < r.int(3, 5); p++) {
    const sentences: string[] = [];
    for (let s = 0; s < r.int(2, 4); s++) {
      const [topic, actor, action, object, result, challenge] = [
        r.pick(topics),
        r.pick(actors),
        r.pick(actions),
        r.pick(objects),
        r.pick(results),
        r.pick(challenges),
      ];
      const year = r.int(2008, 2014);
      const share = r.int(5, 60);
      const pattern = r.int(0, 3);
      if (lang === 'zh') {
        sentences.push(
          [
            `${year}年，${place}的${actor.zh}围绕${topic.zh}${action.zh}${object.zh}。`,
            `在${topic.zh}领域，${actor.zh}发现${result.zh}，覆盖率达到百分之${share}。`,
            `项目初期${challenge.zh}，${actor.zh}因此${action.zh}${object.zh}。`,
            `合成案例 ${n} 表明，${topic.zh}与${r.pick(topics).zh}可以结合，${result.zh}。`,
          ][pattern],
        );
      } else {
        const sentence = [
          `In ${year}, ${actor.en} in ${place} ${action.en} ${object.en} for ${topic.en}.`,
          `In ${topic.en}, ${actor.en} found that ${result.en}, reaching ${share} per cent coverage.`,
          `Early on ${challenge.en}, so ${actor.en} ${action.en} ${object.en}.`,
          `Synthetic case ${n} shows that ${topic.en} and ${r.pick(topics).en} can be combined: ${result.en}.`,
        ][pattern];
        sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
      }
    }
    paragraphs.push(sentences.join(lang === 'zh' ? '' : ' '));
  }
  return paragraphs.join('\n\n');
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const { outDir, seed } = options;
  const sourceDir = options.sourceDir ?? 'content';
  const r = randomFrom(seed);
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['characteristics', 'glossary', 'sources', 'findings']) {
    cpSync(join(sourceDir, folder), join(outDir, folder), { recursive: true });
  }
  for (const folder of ['cities', 'assessments', 'cases']) mkdirSync(join(outDir, folder), { recursive: true });

  // Real cities the copied findings name, so their references resolve.
  const findingCities = new Set<string>();
  for (const name of readdirSync(join(outDir, 'findings')).sort()) {
    const finding = readJson<{ euSample?: string[] }>(join(outDir, 'findings', name));
    for (const id of finding.euSample ?? []) findingCities.add(id);
  }
  for (const id of findingCities) cpSync(join(sourceDir, 'cities', `${id}.json`), join(outDir, 'cities', `${id}.json`));

  const criteria: CriterionRef[] = readdirSync(join(outDir, 'characteristics'))
    .sort()
    .flatMap((name) => {
      const { ladder } = readJson<{ ladder: Record<string, CriterionRef[]> | null }>(
        join(outDir, 'characteristics', name),
      );
      return ladder ? rungs.flatMap((rung) => ladder[rung]) : [];
    });
  const glossary = readdirSync(join(outDir, 'glossary'))
    .sort()
    .map((name) => readJson<{ id: string; kind: string }>(join(outDir, 'glossary', name)));
  const fundingTerms = glossary.filter((g) => g.kind === 'funding-instrument').map((g) => g.id);
  const businessTerms = glossary.filter((g) => g.kind === 'business-model').map((g) => g.id);
  const sourceIds = readdirSync(join(outDir, 'sources'))
    .sort()
    .map((name) => name.replace(/\.json$/, ''))
    .filter((id) => id !== 'white-paper-2014');

  const width = String(Math.max(options.cities, options.cases)).length;
  const cities = Array.from({ length: options.cities }, (_, i) => {
    const n = i + 1;
    const region = r.pick(['eu', 'cn', 'other'] as const);
    const adminLevel = r.next() < 0.8 ? 'city' : r.pick(['district', 'new-area'] as const);
    const zhName = `合成城市 ${n}（${r.pick(syllables)}${r.pick(syllables)}）`;
    // Table 3 bounds the paper's Chinese pilots (the build's Table 3 gate), and random readings cannot keep to its
    // shares, so synthetic Chinese cities are cited ones. The pilot draw is still made for them, in the same order as
    // before, so the rest of the corpus is unchanged for a seed.
    const country = r.pick(countries[region]);
    const pilot = r.next() < 0.3 && region !== 'cn';
    const city = {
      id: `synthetic-city-${pad(n, width)}`,
      name: { zh: zhName, en: `Synthetic City ${n}` },
      country,
      region,
      role: pilot ? 'pilot' : 'cited',
      coordinates: {
        lat: Math.round((r.next() * 120 - 55) * 1e4) / 1e4,
        lon: Math.round((r.next() * 340 - 170) * 1e4) / 1e4,
      },
      adminLevel,
      ...(adminLevel === 'city' ? {} : { parent: { zh: `合成母城 ${n}`, en: `Synthetic parent city ${n}` } }),
      ...(r.next() < 0.4 ? { districtType: { value: r.pick(['new', 'existing'] as const), cite: cite(r) } } : {}),
      cite: { at: ['table1'] },
    };
    writeJson(join(outDir, 'cities', `${city.id}.json`), city);

    const assessed = r.some(criteria, 3, 14);
    writeJson(join(outDir, 'assessments', `${city.id}.json`), {
      kind: 'paper-reading',
      city: city.id,
      asOf: 2014,
      criteria: assessed.map((c) => {
        const status = r.next() < 0.75 ? 'met' : 'not-met';
        const met = status === 'met';
        return {
          criterion: c.id,
          status,
          evidence: {
            zh: `合成评估：${zhName}${met ? '符合' : '尚未符合'}“${c.text.zh}”这一标准。`,
            en: `Synthetic assessment: Synthetic City ${n} ${met ? 'meets' : 'does not yet meet'} the criterion “${c.text.en}”.`,
          },
          basis: r.next() < 0.85 ? 'city' : 'group',
          cite: cite(r),
        };
      }),
    });
    return city;
  });

  for (let i = 0; i < options.cases; i++) {
    const n = i + 1;
    const slug = `synthetic-case-${pad(n, width)}`;
    const scope = r.next() < 0.75 ? 'city' : r.pick(caseScopes);
    const caseCities =
      scope === 'city'
        ? [r.pick(cities)]
        : scope === 'several-cities'
          ? r.some(cities, 2, 4)
          : r.next() < 0.5
            ? []
            : [r.pick(cities)];
    const topic = r.pick(topics);
    const dir = join(outDir, 'cases', slug);
    mkdirSync(dir);
    const facts = {
      cities: caseCities.map((c) => c.id),
      scope,
      characteristics: r.some(characteristicIds, 1, 3),
      ...(r.next() < 0.3
        ? { exemplifies: [{ characteristic: r.pick(characteristicIds), rung: r.pick(rungs), cite: cite(r) }] }
        : {}),
      serviceDomains: r.some(serviceDomains, 0, 2),
      technologies: r.some(technologies, 0, 2),
      fundingInstruments: r.some(fundingTerms, 0, 2),
      businessModels: r.some(businessTerms, 0, 2),
      years: r.some([2009, 2010, 2011, 2012, 2013, 2014], 0, 2).sort(),
      ...(r.next() < 0.5
        ? {
            outcomes: [
              {
                measure: { zh: `${topic.zh}的覆盖率（合成数据）`, en: `Coverage of ${topic.en} (synthetic figure)` },
                figure: ((share) => ({ zh: `${share}%`, en: `${share}%` }))(r.int(5, 95)),
                cite: cite(r),
              },
            ],
          }
        : {}),
      ...(r.next() < 0.4
        ? {
            service: {
              launched: String(r.int(2005, 2014)),
              scalable: r.next() < 0.5,
              iot: r.next() < 0.5,
              offer: r.pick(['single', 'integrated'] as const),
              cite: cite(r),
            },
          }
        : {}),
      ...(r.next() < 0.3
        ? {
            challenges: [
              ((c) => ({ text: { zh: `合成挑战：${c.zh}。`, en: `Synthetic challenge: ${c.en}.` }, cite: cite(r) }))(
                r.pick(challenges),
              ),
            ],
          }
        : {}),
      sources: r.some(sourceIds, 0, 1),
      cite: cite(r),
    };
    writeJson(join(dir, 'facts.json'), facts);
    const cityName = caseCities.length === 1 ? caseCities[0].name : undefined;
    const texts = {
      zh: {
        title: `合成案例 ${n}：${cityName ? cityName.zh : '多城市'}的${topic.zh}`,
        summary: `合成案例 ${n}：${cityName ? cityName.zh : '多个城市'}在${topic.zh}方面的做法与成效，仅用于性能测试。`,
      },
      en: {
        title: `Synthetic case ${n}: ${topic.en} in ${cityName ? cityName.en : 'several cities'}`,
        summary: `Synthetic case ${n}: what ${cityName ? cityName.en : 'several cities'} did about ${topic.en} and what came of it, for benchmarking only.`,
      },
    };
    for (const lang of ['zh', 'en'] as const) {
      // JSON strings are valid YAML scalars, so titles need no further escaping.
      const frontmatter = `---\ntitle: ${JSON.stringify(texts[lang].title)}\nsummary: ${JSON.stringify(texts[lang].summary)}\n---\n\n`;
      writeFileSync(join(dir, `${lang}.mdx`), `${frontmatter}${caseStory(r, lang, cityName, n)}\n`);
    }
  }

  return {
    cities: cities.length + findingCities.size,
    syntheticCities: cities.length,
    assessments: cities.length,
    cases: options.cases,
  };
}
