import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';
import { formatProblem, validateContent, validateDictionaries } from '../../scripts/lib/validate-content';

// Each test breaks one file in a fresh copy of the real content and expects one clear line.
let root: string;
const content = () => join(root, 'content');
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(content(), path), 'utf8')) as T;
// The fields of a content file that these tests break (each on purpose); the rest is written back untouched.
type CaseFile = { cities: string[]; characteristics: string[]; fundingInstruments: string[] };
type AssessmentFile = {
  city: string;
  criteria: { criterion: string; cite?: { at: string[] }; evidence: { zh?: string; en: string } }[];
};
type CityFile = { parent?: unknown; coordinates?: unknown; region?: string };
type CharacteristicFile = { ladder: { basic: unknown[]; average: unknown[] } };
type GlossaryFile = { relations: { to: string; cite?: unknown }[] };
type Table3File = { euSample: string[]; rows: { cn: number[] }[] };
const writeJson = (path: string, data: unknown) => writeFileSync(join(content(), path), JSON.stringify(data, null, 2));
const problems = () => validateContent(content(), root).problems.map(formatProblem);

beforeEach(() => {
  root = scratchDir('scl-content-');
  cpSync('content', content(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the real content', () => {
  it('passes every check', () => {
    expect(problems()).toEqual([]);
  });
});

describe('a broken content file is named with its field and the reason', () => {
  it('a case naming a city that does not exist', () => {
    const facts = readJson<CaseFile>('cases/open-data-portals/facts.json');
    facts.cities[0] = 'atlantis';
    writeJson('cases/open-data-portals/facts.json', facts);
    expect(problems()).toEqual(['content/cases/open-data-portals/facts.json: cities[0]: unknown city "atlantis"']);
  });

  it('a case naming a characteristic that does not exist', () => {
    const facts = readJson<CaseFile>('cases/open-data-portals/facts.json');
    facts.characteristics = ['happiness'];
    writeJson('cases/open-data-portals/facts.json', facts);
    const [line, ...rest] = problems();
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^content\/cases\/open-data-portals\/facts\.json: characteristics\[0\]: "happiness" is not one of "strategy", "stakeholders"/,
    );
  });

  it('an assessment of a city that does not exist', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    assessment.city = 'atlantis';
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()).toContain('content/assessments/ningbo.json: city: unknown city "atlantis"');
  });

  it("a city's own self-assessment placed among the paper readings", () => {
    writeJson('assessments/ningbo.json', { kind: 'self-assessment', assessedOn: '2026-11-24', criteria: [] });
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: kind: content/assessments holds only the site\'s reading of the paper ("kind": "paper-reading"); a city\'s own self-assessment is not published as a rating',
    ]);
  });

  it('an assessment of a criterion that does not exist', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    assessment.criteria[0].criterion = 'strategy.basic.telepathy';
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: criteria[0].criterion: unknown criterion "strategy.basic.telepathy"',
    ]);
  });

  it('evidence without a citation', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    delete assessment.criteria[0].cite;
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: criteria[0].cite: a citation is required: where in the white paper this is said',
    ]);
  });

  it('a citation that points nowhere in the paper', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    assessment.criteria[0].cite!.at = ['page 12'];
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()[0]).toMatch(
      /^content\/assessments\/ningbo\.json: criteria\[0\]\.cite\.at\[0\]: not a white-paper locator/,
    );
  });

  it('evidence missing its Chinese translation', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    delete assessment.criteria[0].evidence.zh;
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: criteria[0].evidence.zh: the Chinese (zh) text is missing',
    ]);
  });

  it('a case missing its Chinese text', () => {
    rmSync(join(content(), 'cases/open-data-portals/zh.mdx'));
    expect(problems()).toEqual([
      'content/cases/open-data-portals/zh.mdx: (file): missing translation: the Chinese text of case "open-data-portals"',
    ]);
  });

  it('a case text without a title', () => {
    const file = join(content(), 'cases/open-data-portals/en.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:.*$/m, 'title: ""'));
    expect(problems()).toEqual(['content/cases/open-data-portals/en.mdx: title: the title is empty']);
  });

  it('a city file that is not valid JSON', () => {
    writeFileSync(join(content(), 'cities/ningbo.json'), '{ "id": "ningbo", ');
    const lines = problems();
    expect(lines[0]).toMatch(/^content\/cities\/ningbo\.json: \(file\): cannot be read: /);
  });

  it('a city with the id the compare page keeps for a self-assessment', () => {
    const city = readJson<CityFile & { id: string }>('cities/helsinki.json');
    city.id = 'self';
    writeJson('cities/self.json', city);
    expect(problems()).toContain(
      'content/cities/self.json: id: the city id "self" is taken: the compare page\'s link uses it for a self-assessment',
    );
  });

  it("a city whose region is not its country's", () => {
    const city = readJson<CityFile>('cities/helsinki.json');
    city.region = 'other';
    writeJson('cities/helsinki.json', city);
    expect(problems()).toContain(
      'content/cities/helsinki.json: region: a city in FI is in region "eu", not "other" (eu: the EU\'s member states of 2014; cn: China; other: elsewhere)',
    );
  });

  it('a district without the city it belongs to', () => {
    const city = readJson<CityFile>('cities/shanghai-pudong.json');
    delete city.parent;
    writeJson('cities/shanghai-pudong.json', city);
    expect(problems()).toEqual([
      'content/cities/shanghai-pudong.json: parent: a new-area needs the city it belongs to (parent)',
    ]);
  });

  it('a criterion placed on the wrong rung', () => {
    const strategy = readJson<CharacteristicFile>('characteristics/strategy.json');
    strategy.ladder.basic.push(strategy.ladder.average.pop());
    writeJson('characteristics/strategy.json', strategy);
    expect(
      problems().some((p) =>
        /^content\/characteristics\/strategy\.json: ladder\.basic\[\d\]\.id: criterion "strategy\.average\./.test(p),
      ),
    ).toBe(true);
  });
});

describe('findings and glossary', () => {
  it('a case using a funding instrument the glossary does not explain', () => {
    rmSync(join(content(), 'glossary/crowdfunding.json'));
    const facts = readJson<CaseFile>('cases/amsterdam-smart-city-ppp-fund/facts.json');
    facts.fundingInstruments.push('crowdfunding');
    writeJson('cases/amsterdam-smart-city-ppp-fund/facts.json', facts);
    expect(problems()).toEqual([
      'content/cases/amsterdam-smart-city-ppp-fund/facts.json: fundingInstruments[3]: "crowdfunding" has no glossary entry in content/glossary',
    ]);
  });

  it('a glossary entry for a term outside the shared vocabulary', () => {
    writeJson('glossary/barter.json', {
      kind: 'business-model',
      id: 'barter',
      definition: { zh: '以物易物', en: 'Barter' },
      cite: { at: ['ch5.4'] },
    });
    expect(problems()[0]).toMatch(/^content\/glossary\/barter\.json: id: "barter" is not one of "pay-as-you-go"/);
  });

  it('a glossary relation to a term outside the shared vocabulary', () => {
    const entry = readJson<GlossaryFile>('glossary/co-investment.json');
    entry.relations[0].to = 'pubic-private-partnership';
    writeJson('glossary/co-investment.json', entry);
    const [line, ...rest] = problems();
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^content\/glossary\/co-investment\.json: relations\[0\]\.to: "pubic-private-partnership" is not one of "public-budget"/,
    );
  });

  it('a glossary relation to a term that has no entry', () => {
    rmSync(join(content(), 'glossary/land-sales.json'));
    const entry = readJson<GlossaryFile>('glossary/co-investment.json');
    entry.relations[0].to = 'land-sales';
    writeJson('glossary/co-investment.json', entry);
    expect(problems()).toEqual([
      'content/glossary/co-investment.json: relations[0].to: "land-sales" has no glossary entry in content/glossary',
    ]);
  });

  it('a glossary entry related to itself', () => {
    const entry = readJson<GlossaryFile>('glossary/co-investment.json');
    entry.relations[0].to = 'co-investment';
    writeJson('glossary/co-investment.json', entry);
    expect(problems()).toEqual([
      'content/glossary/co-investment.json: relations[0].to: "co-investment" cannot relate to itself',
    ]);
  });

  it('a glossary relation without a citation', () => {
    const entry = readJson<GlossaryFile>('glossary/co-investment.json');
    delete entry.relations[0].cite;
    writeJson('glossary/co-investment.json', entry);
    expect(problems()).toEqual([
      'content/glossary/co-investment.json: relations[0].cite: a citation is required: where in the white paper this is said',
    ]);
  });

  it('Table 3 naming an EU sample city that does not exist', () => {
    const table3 = readJson<Table3File>('findings/table3-maturity-distribution.json');
    table3.euSample[0] = 'atlantis';
    writeJson('findings/table3-maturity-distribution.json', table3);
    expect(problems()).toEqual([
      'content/findings/table3-maturity-distribution.json: euSample[0]: unknown city "atlantis"',
    ]);
  });

  it('a Table 3 row with a share missing', () => {
    const table3 = readJson<Table3File>('findings/table3-maturity-distribution.json');
    table3.rows[0].cn.pop();
    writeJson('findings/table3-maturity-distribution.json', table3);
    expect(problems()[0]).toMatch(
      /^content\/findings\/table3-maturity-distribution\.json: rows\[0\]\.cn: give one share per level/,
    );
  });
});

describe('UI dictionaries', () => {
  it('report a key that exists in one language only', () => {
    expect(
      validateDictionaries({ zh: { 'a.b': '甲' }, en: { 'a.b': 'A', 'a.c': 'C' } }, 'src/i18n').map(formatProblem),
    ).toEqual(['src/i18n/zh.json: a.c: missing translation']);
  });

  it('hold the same keys in both languages', () => {
    const read = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
    expect(validateDictionaries({ zh: read('zh'), en: read('en') }, 'src/i18n')).toEqual([]);
  });
});

describe('the build step', () => {
  it('fails with one line per problem, naming the file and the field', () => {
    const facts = readJson<CaseFile>('cases/open-data-portals/facts.json');
    facts.cities[0] = 'atlantis';
    writeJson('cases/open-data-portals/facts.json', facts);
    let stderr = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/check-content.ts', '--content', content()], { stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer };
      status = failure.status;
      stderr = failure.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain('cases/open-data-portals/facts.json: cities[0]: unknown city "atlantis"');
  });
});

describe('one mistake is reported once', () => {
  it('a broken city file does not also make every reference to it unknown', () => {
    const city = readJson<CityFile>('cities/shanghai-pudong.json');
    delete city.coordinates;
    writeJson('cities/shanghai-pudong.json', city);
    expect(problems()).toEqual(['content/cities/shanghai-pudong.json: coordinates: missing: expected an object']);
  });

  it('a criterion of a misspelt characteristic is still reported', () => {
    const assessment = readJson<AssessmentFile>('assessments/ningbo.json');
    assessment.criteria[0].criterion = 'governence.basic.departmental';
    writeJson('assessments/ningbo.json', assessment);
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: criteria[0].criterion: unknown criterion "governence.basic.departmental"',
    ]);
  });
});
