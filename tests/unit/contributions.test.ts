import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';
import { addContribution } from '../../scripts/lib/contribution';
import { skeletonFiles } from '../../scripts/lib/skeletons';
import { formatProblem, validateContent } from '../../scripts/lib/validate-content';
import { cityReportFrom } from '../../src/lib/city-report';
import { jsonSchemaOf } from '../../src/lib/json-schema-file';
import { schemaFields } from '../../src/lib/json-schema-fields';
import { emptyAssessment } from '../../src/lib/self-assessment-state';
import { contributedCitySchema } from '../../src/schemas/city';
import { cityReportFileSchema, cityReportSubmissionSchema } from '../../src/schemas/city-report';
import { caseSubmissionSchema } from '../../src/schemas/contribution';
import { documentSourceSchema } from '../../src/schemas/source';

// Test data only (tests/fixtures/contributions/README.md): laid over a fresh copy of content/ in a temp folder.
const fixtures = 'tests/fixtures/contributions';
const today = '2026-12-05';
let root: string;
const content = () => join(root, 'content');
const overlay = (dir: string) => cpSync(join(fixtures, dir), content(), { recursive: true });
const problems = () => validateContent(content(), root, { today }).problems.map(formatProblem);
/** Every file of the tree with its text, to prove a refused contribution changed nothing. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );

beforeEach(() => {
  root = scratchDir('scl-contrib-');
  cpSync('content', content(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('contributions in content/', () => {
  it('content/ holds no report, no contributed city and no document: only the paper', () => {
    const { content: loaded } = validateContent('content', process.cwd(), { today });
    expect([loaded.reports.length, loaded.contributedCities.length]).toEqual([0, 0]);
    expect(loaded.sources.filter((s) => s.kind === 'document')).toEqual([]);
  });

  it('a report for a city of the paper, a new city with its report and a case from a document pass', () => {
    overlay('good');
    expect(problems()).toEqual([]);
    const { content: loaded } = validateContent(content(), root, { today });
    expect(loaded.reports.map((r) => r.id)).toEqual(['riga/2026-03-01', 'testburg/2026-02-15']);
    // A contributed city is never one of the paper's cities, so never a pilot nor in Table 3.
    expect(loaded.cities.map((c) => c.id)).not.toContain('testburg');
    expect(loaded.contributedCities.map((c) => c.origin)).toEqual([
      { kind: 'contribution', report: 'testburg/2026-02-15' },
    ]);
  });
});

describe('the review gate names file, field and reason', () => {
  const rules: [string, string[]][] = [
    [
      'unknown-city',
      [
        'content/reports/atlantis/2026-03-01.json: city: unknown city "atlantis" (a city the paper does not name comes with content/reports/atlantis/city.json)',
      ],
    ],
    [
      'unknown-criterion',
      ['content/reports/riga/2026-04-01.json: criteria[0].criterion: unknown criterion "strategy.basic.telepathy"'],
    ],
    [
      'met-without-evidence',
      [
        "content/reports/riga/2026-04-01.json: criteria[0].evidence: a met criterion needs evidence: what shows it, in the reporter's words",
      ],
    ],
    [
      'met-without-source',
      [
        'content/reports/riga/2026-04-01.json: criteria[0].source: a met criterion needs a source: a document (kind "document": title, publisher, date, url) or { "kind": "stated-by-city" }',
      ],
    ],
    [
      'date-in-future',
      ['content/reports/riga/2027-01-01.json: asOf: 2027-01-01 is in the future (today is 2026-12-05)'],
    ],
    [
      'date-before-paper',
      [
        'content/reports/riga/2013-12-31.json: asOf: 2013-12-31 is before the white paper (2014): a report describes 2014-01-01 or later',
      ],
    ],
    [
      'two-reports-same-date',
      [
        'content/reports/riga/2026-03-02.json: asOf: asOf "2026-03-01" does not match the file name 2026-03-02.json (a report is <asOf>.json)',
        'content/reports/riga/2026-03-02.json: asOf: a second report of riga for 2026-03-01 (the first is content/reports/riga/2026-03-01.json)',
      ],
    ],
    [
      'kind-paper-reading',
      [
        'content/reports/riga/2026-04-01.json: kind: content/reports holds only city reports ("kind": "city-report"): a report is never the paper\'s reading, which is the site\'s, in content/assessments',
      ],
    ],
    [
      'source-claims-paper',
      [
        "content/reports/riga/2026-04-01.json: criteria[0].source.title: the white paper is not a city's evidence: the paper's reading is the site's (content/assessments); cite the city's own documents",
      ],
    ],
    [
      'case-source-missing',
      [
        'content/cases/testburg-open-data-portal/facts.json: cite.source: unknown source "testburg-missing-plan" (add it to content/sources)',
      ],
    ],
    [
      'region-not-country',
      [
        'content/reports/testburg/city.json: region: a city in ES is in region "eu", not "cn" (eu: the EU\'s member states of 2014; cn: China; other: elsewhere)',
      ],
    ],
    [
      'not-reviewed',
      [
        'content/reports/riga/2026-04-01.json: review: not reviewed yet: a report is published only once a maintainer has checked it (npm run contribution:add -- FILE --reviewer NAME --reviewed YYYY-MM-DD)',
      ],
    ],
  ];

  it('has a broken fixture for every rule, and a rule for every broken fixture', () => {
    expect(readdirSync(join(fixtures, 'broken')).sort()).toEqual(rules.map(([rule]) => rule).sort());
  });

  it.each(rules)('%s', (rule, expected) => {
    overlay('good');
    overlay(join('broken', rule));
    expect(problems()).toEqual(expected);
  });

  it('a city report placed among the paper readings', () => {
    writeFileSync(
      join(content(), 'assessments/riga.json'),
      readFileSync(join(fixtures, 'good/reports/riga/2026-03-01.json')),
    );
    expect(problems()).toEqual([
      "content/assessments/riga.json: kind: a city's report is not the paper's reading: it goes in content/reports/<city>/<asOf>.json, shown apart",
    ]);
  });

  it('a paper reading may cite only the white paper, a case a document of content/sources only', () => {
    overlay('good');
    const file = join(content(), 'assessments/ningbo.json');
    const ningbo = JSON.parse(readFileSync(file, 'utf8')) as {
      criteria: { cite?: { source?: string; at: string[] } }[];
    };
    ningbo.criteria[0].cite = { source: 'testburg-open-data-plan', at: ['box6'] };
    writeFileSync(file, JSON.stringify(ningbo));
    const facts = join(content(), 'cases/testburg-open-data-portal/facts.json');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('"testburg-open-data-plan"', '"citysdk"'));
    expect(problems()).toEqual([
      'content/assessments/ningbo.json: criteria[0].cite.source: "testburg-open-data-plan" is not the white paper: only a case may cite another document',
      'content/cases/testburg-open-data-portal/facts.json: cite.source: "citysdk" is a programme the paper names, not a document: a case cites the white paper or a document (kind "document")',
    ]);
  });
});

describe('npm run new', () => {
  const written = (kind: 'report' | 'case' | 'city', options = {}) => {
    for (const [path, text] of skeletonFiles(kind, options)) {
      const target = join(content(), path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  };

  it('a report skeleton fails on every field still to fill in, one line each', () => {
    written('report', { id: 'riga', asOf: '2026-03-01' });
    const file = 'content/reports/riga/2026-03-01.json';
    expect(problems()).toEqual(
      [
        'reporter.office: the office is empty',
        'reporter.role: the role is empty',
        'language: "TODO" is not one of "zh", "en"',
        'licence: "TODO" is not one of "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"',
        'criteria[0].criterion: a criterion id reads <characteristic>.<rung>.<slug>, e.g. strategy.basic.vision-linked',
        'criteria[0].evidence.en: the evidence is empty',
        'criteria[0].source.title: the title is empty',
        'criteria[0].source.publisher: the publisher is empty',
        'criteria[0].source.date: the date the document was published: YYYY, YYYY-MM or YYYY-MM-DD',
        'criteria[0].source.url: the address (URL) where the document can be read is missing or not a URL',
        'review: not reviewed yet: a report is published only once a maintainer has checked it (npm run contribution:add -- FILE --reviewer NAME --reviewed YYYY-MM-DD)',
      ].map((line) => `${file}: ${line}`),
    );
  });

  it('a city skeleton names each of its fields', () => {
    written('city', { id: 'testburg', asOf: '2026-02-15' });
    expect(
      problems()
        .filter((p) => p.includes('city.json'))
        .map((p) => p.split(': ')[1]),
    ).toEqual(['name.zh', 'name.en', 'country', 'region', 'coordinates.lat', 'coordinates.lon', 'adminLevel']);
  });

  it('a case skeleton names each of its fields, and its document', () => {
    written('case', { id: 'testburg-open-data-portal' });
    const fields = problems().map((p) => p.split(': ').slice(0, 2).join(': '));
    expect(fields).toEqual([
      'content/sources/TODO.json: id',
      'content/sources/TODO.json: name.zh',
      'content/sources/TODO.json: name.en',
      'content/sources/TODO.json: publisher.zh',
      'content/sources/TODO.json: publisher.en',
      'content/sources/TODO.json: year',
      'content/sources/TODO.json: url',
      'content/sources/TODO.json: licence',
      'content/cases/testburg-open-data-portal/zh.mdx: title',
      'content/cases/testburg-open-data-portal/zh.mdx: summary',
      'content/cases/testburg-open-data-portal/en.mdx: title',
      'content/cases/testburg-open-data-portal/en.mdx: summary',
      'content/cases/testburg-open-data-portal/facts.json: scope',
      'content/cases/testburg-open-data-portal/facts.json: characteristics[0]',
      'content/cases/testburg-open-data-portal/facts.json: cite.at[0]',
    ]);
  });
});

describe('npm run contribution:add', () => {
  const received = (name: string) => join(fixtures, 'received', name);
  const add = (name: string, options: { reviewer?: string; reviewedOn?: string } = {}) =>
    addContribution(received(name), { contentDir: content(), today, ...options });

  it('places a reviewed report and prints the levels and learn-next-from entries that change', () => {
    const result = add('riga-report.json', { reviewer: 'Test Reviewer', reviewedOn: '2026-12-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const placed = JSON.parse(readFileSync(join(content(), 'reports/riga/2026-03-01.json'), 'utf8')) as unknown;
    expect(placed).toMatchObject({ city: 'riga', review: { reviewer: 'Test Reviewer', reviewedOn: '2026-12-01' } });
    expect(result.changes).toContain('Levels per characteristic:');
    expect(result.changes).toContain('  riga, strategy: not-assessed → average');
    expect(result.changes).toContain('  tallinn, strategy: learn from riga (kind a)');
    expect(result.changes.some((l) => /^Learn next from, lost \(\d+\):$/.test(l))).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('places a new city beside its report, then a case from a document with that document', () => {
    expect(add('testburg-new-city.json', { reviewer: 'Test Reviewer' }).ok).toBe(true);
    expect(existsSync(join(content(), 'reports/testburg/city.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(content(), 'reports/testburg/2026-02-15.json'), 'utf8'))).toMatchObject({
      review: { reviewer: 'Test Reviewer', reviewedOn: today },
    });
    const result = add('testburg-case.json');
    expect(result).toMatchObject({
      ok: true,
      changes: ['Levels: no change.', 'Learn next from, gained: none.', 'Learn next from, lost: none.'],
    });
    expect(existsSync(join(content(), 'sources/testburg-open-data-plan.json'))).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('refuses an unreviewed report without a reviewer, a file it would overwrite and a broken file, changing nothing', () => {
    const before = snapshot(content());
    expect(add('riga-report.json')).toEqual({
      ok: false,
      problems: [
        {
          file: received('riga-report.json'),
          field: 'review',
          reason:
            'not reviewed yet: check the report, then add it with --reviewer "NAME" (and --reviewed YYYY-MM-DD, today by default)',
        },
      ],
    });
    // A case whose city is not in the tree: the staged check fails, the real tree is untouched.
    const caseResult = add('testburg-case.json');
    expect(caseResult.ok).toBe(false);
    expect(!caseResult.ok && caseResult.problems.map(formatProblem)).toEqual([
      'content/cases/testburg-open-data-portal/facts.json: cities[0]: unknown city "testburg"',
    ]);
    expect(snapshot(content())).toEqual(before);

    expect(add('riga-report.json', { reviewer: 'Test Reviewer' }).ok).toBe(true);
    const placed = snapshot(content());
    const again = add('riga-report.json', { reviewer: 'Test Reviewer' });
    expect(!again.ok && again.problems.map((p) => p.reason)).toEqual([
      'content/reports/riga/2026-03-01.json already exists: contribution:add never overwrites a file',
    ]);
    expect(snapshot(content())).toEqual(placed);
  });
});

describe('a city report prepared from the self-assessment', () => {
  const criteria = ['strategy.basic.vision-linked', 'strategy.basic.ict-strategy', 'strategy.average.some-kpis'];
  const state = {
    ...emptyAssessment(),
    answers: {
      'strategy.basic.vision-linked': 'yes',
      'strategy.basic.ict-strategy': 'yes',
      'strategy.average.some-kpis': 'no',
    },
    notes: {
      'strategy.basic.vision-linked': 'Test data: the vision.',
      'strategy.basic.ict-strategy': 'Test data: the ICT strategy.',
    },
    context: { region: 'eu', adminLevel: 'city' },
  } as const;
  const details = {
    city: 'riga',
    reporter: { office: 'Test office (test data)', role: 'Test role (test data)' },
    asOf: '2026-03-01',
    language: 'en',
    licence: 'CC-BY-4.0',
    sources: {
      'strategy.basic.vision-linked': { kind: 'stated-by-city' },
      'strategy.basic.ict-strategy': {
        kind: 'document',
        title: 'Test strategy (test data)',
        publisher: 'Test publisher (test data)',
        date: '2025-06',
        url: 'https://example.org/test-data/strategy',
      },
    },
  } as const;

  it('is a file the schema accepts as it is, not reviewed yet, and contribution:add places it', () => {
    const made = cityReportFrom(
      { ...state, answers: { ...state.answers }, notes: { ...state.notes }, context: { ...state.context } },
      criteria,
      { ...details, sources: { ...details.sources } },
    );
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(cityReportSubmissionSchema.parse(made.report)).toEqual(made.report);
    expect(made.report.review).toBeNull();
    const file = join(root, 'city-report.json');
    writeFileSync(file, JSON.stringify(made.report));
    const added = addContribution(file, { contentDir: content(), today, reviewer: 'Test Reviewer' });
    expect(added.ok && added.changes).toContain('  riga, strategy: not-assessed → basic');
  });

  it('says which met criterion still needs a note or a source', () => {
    const made = cityReportFrom(
      { ...emptyAssessment(), answers: { 'strategy.basic.vision-linked': 'yes' } },
      criteria,
      { ...details, sources: {} },
    );
    expect(made).toEqual({
      ok: false,
      reasons: [
        'strategy.basic.vision-linked: a criterion answered yes needs a note saying what shows it',
        'strategy.basic.vision-linked: a criterion answered yes needs a source (a document, or "stated by the city")',
      ],
    });
  });
});

describe('the contribution schemas', () => {
  it.each([
    ['a city report', cityReportFileSchema],
    ['a received city report', cityReportSubmissionSchema],
    ['a contributed city', contributedCitySchema],
    ['a document source', documentSourceSchema],
    ['a received case', caseSubmissionSchema],
  ] as const)('%s: every field says what it means in English and in Chinese', (_, schema) => {
    const fields = schemaFields(jsonSchemaOf(schema));
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => !f.about.en || !f.about.zh).map((f) => f.path)).toEqual([]);
  });
});
