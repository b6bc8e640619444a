/**
 * The open-data files of /data/, each defined once: what it holds and, for a CSV, every column with what it
 * means and the values it takes, in both languages. The endpoints write the files from these definitions and
 * the data page documents them from the same ones, so a file and its documentation cannot drift apart.
 */
import { t, vocabularyLabel, type Vocabulary } from '../i18n';
import { countryName } from '../lib/country-name';
import { csvFile } from '../lib/csv';
import { jsonSchemaOf } from '../lib/json-schema-file';
import { schemaFields, type SchemaField } from '../lib/json-schema-fields';
import type { Language } from '../lib/languages';
import { levels, type CharacteristicId } from '../lib/levels';
import { adminLevels, districtTypes, regions } from '../lib/places';
import { readingSources } from '../lib/readings';
import { businessModels, caseScopes, fundingInstruments, serviceDomains, technologies } from '../lib/taxonomy';
import { anyAssessmentSchema } from '../schemas/any-assessment';
import { nextStepsFileSchema, type NextStepEntry } from '../schemas/next-steps';
import { assessmentsFileSchema, casesFileSchema, citiesFileSchema } from '../schemas/open-data';
import type { z } from '../schemas/zod';
import { cityReport } from './next-steps';
import { cityCasesFor, siteData, type EvidenceSet, type ReportEntry, type SiteData } from './site';
import type { ReadingRef } from '../schemas/reading';

/** A text in both languages. */
export type Bilingual = Record<Language, string>;

/** The values a coded column takes, each with its label in both languages. */
export interface Codes {
  codes: readonly string[];
  label: (lang: Language, code: string) => string;
  /** Whether the data page lists every value (a vocabulary), or only says where the values come from (ids). */
  listed: boolean;
  /** Where the values come from when they are not listed. */
  source?: Bilingual;
}

type Cell = string | number | undefined;

/** A column as its file's definition states it; a coded column gets its labels in both languages beside it. */
interface ColumnDefinition<Row> {
  name: string;
  about: Bilingual;
  value: (row: Row) => Cell | readonly string[];
  codes?: Codes;
}

/** A column as the file has it and the data page shows it. */
export interface Column {
  name: string;
  about: Bilingual;
  codes?: Codes;
  /** For a label column (`level_en`): the column whose codes it names. */
  labelOf?: string;
}

export interface CsvFile {
  kind: 'csv';
  file: string;
  about: Bilingual;
  columns: Column[];
  rows: Record<string, Cell>[];
}

export interface JsonFile {
  kind: 'json';
  file: string;
  about: Bilingual;
  /** The JSON Schema it validates against, itself a file of /data/. */
  schema: string;
  /** Every field it can hold, read from that schema. */
  fields: SchemaField[];
}

export interface SchemaFile {
  kind: 'schema';
  file: string;
  about: Bilingual;
  /** For a schema of files the site does not publish itself (an assessment file), the fields it allows. */
  fields?: SchemaField[];
}

export type OpenDataFile = CsvFile | JsonFile | SchemaFile;

/** Between the labels of a list of codes in one cell. */
const labelSeparator: Bilingual = { en: '; ', zh: '、' };
/** Between the codes of a list in one cell. */
const codeSeparator = ' ';

/** A label column's language, named in each language of the page. */
const languageName: Record<Language, Bilingual> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};
/** The label columns of a coded column, English first as in name_en, name_zh. */
const labelLanguages = ['en', 'zh'] as const satisfies readonly Language[];

/** Expands a coded column into the code and its two label columns, and fills the rows. */
function csvFileOf<Row>(file: string, about: Bilingual, definitions: ColumnDefinition<Row>[], rows: Row[]): CsvFile {
  const columns: Column[] = definitions.flatMap((d) => [
    { name: d.name, about: d.about, codes: d.codes },
    ...(d.codes
      ? labelLanguages.map((lang) => ({
          name: `${d.name}_${lang}`,
          about: {
            en: `The ${languageName[lang].en} name of each value of ${d.name}.`,
            zh: `${d.name} 各值的${languageName[lang].zh}名称。`,
          },
          labelOf: d.name,
        }))
      : []),
  ]);
  const cells = (row: Row) =>
    Object.fromEntries(
      definitions.flatMap((d) => {
        const value = d.value(row);
        const list = typeof value === 'object' ? value : value === undefined || value === '' ? [] : [String(value)];
        const code: Cell = typeof value === 'object' ? value.join(codeSeparator) : value;
        const { codes } = d;
        return [
          [d.name, code],
          ...(codes
            ? labelLanguages.map((lang) => [
                `${d.name}_${lang}`,
                list.map((c) => codes.label(lang, c)).join(labelSeparator[lang]),
              ])
            : []),
        ];
      }),
    ) as Record<string, Cell>;
  return { kind: 'csv', file, about, columns, rows: rows.map(cells) };
}

/** The body of a CSV file: a byte-order mark, so spreadsheet programs read its Chinese as UTF-8. */
export const csvBody = (file: CsvFile) =>
  csvFile(
    file.columns.map((c) => c.name),
    file.rows,
  );

const vocabularyCodes = (vocabulary: Vocabulary, codes: readonly string[]): Codes => ({
  codes,
  label: (lang, code) => vocabularyLabel(lang, vocabulary, code),
  listed: true,
});

function siteCodes(data: SiteData) {
  const cityNames = new Map(data.cities.map((c) => [c.id, c.name]));
  const characteristicNames = new Map(data.characteristics.map((c) => [c.id, c.name]));
  return {
    city: {
      codes: data.cities.map((c) => c.id),
      label: (lang, id) => cityNames.get(id)?.[lang] ?? id,
      listed: false,
      source: { en: 'the id column of cities.csv', zh: 'cities.csv 的 id 列' },
    } satisfies Codes,
    characteristic: {
      codes: data.characteristics.map((c) => c.id),
      label: (lang, id) => characteristicNames.get(id as CharacteristicId)?.[lang] ?? id,
      listed: true,
    } satisfies Codes,
    country: {
      codes: [...new Set(data.cities.map((c) => c.country))].sort(),
      label: (lang, code) => countryName(code, lang),
      listed: true,
    } satisfies Codes,
    role: {
      codes: ['pilot', 'cited', 'contributed'],
      label: (lang, code) => t(lang, `role.${code as 'pilot'}`),
      listed: true,
    } satisfies Codes,
  };
}

const level = vocabularyCodes('level', levels);

/**
 * A file made once per build (per loaded site data): the data and about pages of both languages list every file with
 * its columns, and the file's own route writes it; at thousands of cities each made it again.
 */
function oncePerBuild<T>(make: (data: SiteData) => T): (data: SiteData) => T {
  const made = new WeakMap<SiteData, T>();
  return (data) => {
    if (!made.has(data)) made.set(data, make(data));
    return made.get(data)!;
  };
}

export const citiesCsv = oncePerBuild((data: SiteData): CsvFile => {
  const codes = siteCodes(data);
  return csvFileOf(
    'cities.csv',
    {
      en: 'One row per city: its names, country, region, role in the paper, administrative level and coordinates.',
      zh: '每个城市一行：名称、国家、地区、在白皮书中的角色、行政级别和坐标。',
    },
    [
      {
        name: 'id',
        about: { en: 'The city id, used by the other files.', zh: '城市标识，其他文件用它指代城市。' },
        value: (c) => c.id,
      },
      {
        name: 'name_en',
        about: { en: 'The city’s name in English.', zh: '城市的英文名称。' },
        value: (c) => c.name.en,
      },
      {
        name: 'name_zh',
        about: { en: 'The city’s name in Chinese.', zh: '城市的中文名称。' },
        value: (c) => c.name.zh,
      },
      {
        name: 'country',
        about: { en: 'ISO 3166-1 alpha-2 country code.', zh: 'ISO 3166-1 两位字母国家代码。' },
        value: (c) => c.country,
        codes: codes.country,
      },
      {
        name: 'region',
        about: {
          en: 'The side of the cooperation: the EU, China, or elsewhere.',
          zh: '所属合作方：欧盟、中国或其他地区。',
        },
        value: (c) => c.region,
        codes: vocabularyCodes('region', regions),
      },
      {
        name: 'role',
        about: {
          en: "pilot: one of the 30 pilot cities of Table 1; cited: another city the paper describes; contributed: a city the paper does not name, brought by the city's own reviewed report.",
          zh: 'pilot：表 1 的 30 个试点城市之一；cited：白皮书提到的其他城市；contributed：白皮书未提及、由该城市经审核的报告引入的城市。',
        },
        value: (c) => c.role,
        codes: codes.role,
      },
      {
        name: 'admin_level',
        about: {
          en: 'A whole city, or a district or new area inside one.',
          zh: '整座城市，或城市中的区、新区。',
        },
        value: (c) => c.adminLevel,
        codes: vocabularyCodes('admin', adminLevels),
      },
      {
        name: 'parent_en',
        about: {
          en: 'For a district or new area, the city it belongs to, in English; empty otherwise.',
          zh: '区或新区所隶属城市的英文名称；整座城市则为空。',
        },
        value: (c) => c.parent?.en,
      },
      {
        name: 'parent_zh',
        about: {
          en: 'For a district or new area, the city it belongs to, in Chinese; empty otherwise.',
          zh: '区或新区所隶属城市的中文名称；整座城市则为空。',
        },
        value: (c) => c.parent?.zh,
      },
      {
        name: 'district_type',
        about: {
          en: 'A new (green-field) or existing (brown-field) district, only where the paper says so (chapter 2); empty otherwise.',
          zh: '新建（绿地）或既有（棕地）城区，仅限白皮书有说明者（第二章）；否则为空。',
        },
        value: (c) => c.districtType?.value,
        codes: vocabularyCodes('district', districtTypes),
      },
      {
        name: 'lat',
        about: { en: 'Latitude, WGS84 degrees.', zh: '纬度，WGS84 坐标，单位为度。' },
        value: (c) => c.coordinates.lat,
      },
      {
        name: 'lon',
        about: { en: 'Longitude, WGS84 degrees.', zh: '经度，WGS84 坐标，单位为度。' },
        value: (c) => c.coordinates.lon,
      },
    ],
    data.cities,
  );
});

export const levelsCsv = oncePerBuild((data: SiteData): CsvFile => {
  const codes = siteCodes(data);
  // One row per city, characteristic and reading: the paper's for the paper's cities, then each report's.
  const reportsOf = Map.groupBy(data.reports, (r) => r.data.city);
  const rows = data.cities.flatMap((city) => [
    ...(city.role === 'contributed'
      ? []
      : data.characteristics.map((c) => ({
          city,
          characteristic: c.id,
          reading: paperRef,
          score: data.scores.get(city.id)![c.id],
        }))),
    ...(reportsOf.get(city.id) ?? []).flatMap((r) =>
      data.characteristics.map((c) => ({
        city,
        characteristic: c.id,
        reading: reportRef(r),
        score: data.reportScores.get(r.id)![c.id],
      })),
    ),
  ]);
  return csvFileOf(
    'levels.csv',
    {
      en: "One row per city, characteristic and reading: the site's reading of the 2014 paper (as of 2014, not a current measurement), and each reviewed city report, dated, with its reviewer. Each row gives the level its evidence proves, the highest level that evidence still allows, the criteria counted, and Table 3's bounds, which apply to the paper's reading only.",
      zh: '每个城市的每项特征、每一解读各一行：本站对 2014 年白皮书的解读（反映 2014 年的情况，并非当前测评），以及每份经审核的城市报告（注明日期和审核人）。每行给出该解读的证据证实的等级、证据尚容许的最高等级、各类标准的数目，以及表 3 的上下限（只适用于白皮书的解读）。',
    },
    [
      { name: 'city', about: { en: 'The city id.', zh: '城市标识。' }, value: (r) => r.city.id, codes: codes.city },
      {
        name: 'region',
        about: { en: 'The city’s side of the cooperation.', zh: '城市所属合作方。' },
        value: (r) => r.city.region,
        codes: vocabularyCodes('region', regions),
      },
      {
        name: 'characteristic',
        about: { en: 'One of the paper’s nine characteristics (Annex 1).', zh: '白皮书的九项特征之一（附件 1）。' },
        value: (r) => r.characteristic,
        codes: codes.characteristic,
      },
      {
        name: 'reading',
        about: {
          en: "Whose reading the row is: paper, the site's reading of the 2014 paper; city-report, the city's own reviewed report (never blended with the paper's).",
          zh: '该行属于哪一解读：paper 为本站对 2014 年白皮书的解读；city-report 为城市自己经审核的报告（从不与白皮书的解读混合）。',
        },
        value: (r) => r.reading.source,
        codes: vocabularyCodes('readingSource', readingSources),
      },
      {
        name: 'reading_date',
        about: {
          en: 'The date the reading describes: 2014 for the paper, the report’s date (YYYY-MM-DD) for a city report.',
          zh: '该解读所描述的日期：白皮书为 2014，城市报告为其日期（YYYY-MM-DD）。',
        },
        value: (r) => r.reading.asOf,
      },
      {
        name: 'report',
        about: {
          en: 'For a city report, its id (<city>/<date>); empty for the paper’s reading.',
          zh: '城市报告的 id（<城市>/<日期>）；白皮书的解读则为空。',
        },
        value: (r) => (r.reading.source === 'city-report' ? r.reading.report : undefined),
      },
      {
        name: 'reviewer',
        about: {
          en: 'For a city report, who reviewed it for the site; empty for the paper’s reading.',
          zh: '城市报告的审核人；白皮书的解读则为空。',
        },
        value: (r) => (r.reading.source === 'city-report' ? r.reading.reviewer : undefined),
      },
      {
        name: 'reviewed_on',
        about: {
          en: 'For a city report, when it was reviewed (YYYY-MM-DD); empty for the paper’s reading.',
          zh: '城市报告的审核日期（YYYY-MM-DD）；白皮书的解读则为空。',
        },
        value: (r) => (r.reading.source === 'city-report' ? r.reading.reviewedOn : undefined),
      },
      {
        name: 'level',
        about: {
          en: "The level the reading's evidence proves; in the paper's reading, with Table 3's bounds applied for the cities it covers.",
          zh: '该解读的证据证实的等级；白皮书的解读中，表 3 覆盖的城市已套用其上下限。',
        },
        value: (r) => r.score.level,
        codes: level,
      },
      {
        name: 'possible_level',
        about: {
          en: 'The highest level the criteria without evidence would still allow; equal to level when the evidence settles it.',
          zh: '无证据的标准仍可容许的最高等级；证据已能确定时与 level 相同。',
        },
        value: (r) => r.score.possible,
        codes: level,
      },
      {
        name: 'criteria_met',
        about: {
          en: 'How many of the characteristic’s criteria the evidence says are met.',
          zh: '证据表明已满足的标准数。',
        },
        value: (r) => r.score.met.length,
      },
      {
        name: 'criteria_not_met',
        about: { en: 'How many the evidence says are not met.', zh: '证据表明未满足的标准数。' },
        value: (r) => r.score.notMet.length,
      },
      {
        name: 'criteria_without_evidence',
        about: { en: 'How many the reading gives no evidence for.', zh: '该解读未提供证据的标准数。' },
        value: (r) => r.score.unknown.length,
      },
      {
        name: 'table3_floor',
        about: {
          en: 'For a city Table 3 covers, in the paper’s reading: the lowest level Table 3 shows for its group; empty otherwise.',
          zh: '表 3 覆盖的城市（仅限白皮书的解读）：表 3 对其所在群体给出的最低等级；否则为空。',
        },
        value: (r) => r.score.table3?.floor,
        codes: level,
      },
      {
        name: 'table3_ceiling',
        about: {
          en: 'For a city Table 3 covers, in the paper’s reading: the highest level Table 3 shows for its group; empty otherwise.',
          zh: '表 3 覆盖的城市（仅限白皮书的解读）：表 3 对其所在群体给出的最高等级；否则为空。',
        },
        value: (r) => r.score.table3?.ceiling,
        codes: level,
      },
    ],
    rows,
  );
});

export const casesCsv = oncePerBuild((data: SiteData): CsvFile => {
  const codes = siteCodes(data);
  const list = (en: string, zh: string) => ({
    en: `${en}, separated by spaces.`,
    zh: `${zh}，以空格分隔。`,
  });
  return csvFileOf(
    'cases.csv',
    {
      en: 'One row per case: its titles, scope, cities, characteristics, service domains, technologies, funding and business models, years and citation.',
      zh: '每个案例一行：标题、范围、城市、体现的特征、服务领域、技术、融资工具、商业模式、年份和出处。',
    },
    [
      {
        name: 'id',
        about: { en: 'The case id, as in its page address.', zh: '案例标识，与其网页地址一致。' },
        value: (c) => c.slug,
      },
      {
        name: 'title_en',
        about: { en: 'The title in English.', zh: '英文标题。' },
        value: (c) => c.texts.en.data.title,
      },
      {
        name: 'title_zh',
        about: { en: 'The title in Chinese.', zh: '中文标题。' },
        value: (c) => c.texts.zh.data.title,
      },
      {
        name: 'scope',
        about: {
          en: 'Whether the case is one city’s, several cities’ or a national programme.',
          zh: '案例属于一个城市、多个城市还是国家项目。',
        },
        value: (c) => c.facts.scope,
        codes: vocabularyCodes('scope', caseScopes),
      },
      { name: 'cities', about: list('The city ids', '城市标识'), value: (c) => c.facts.cities, codes: codes.city },
      {
        name: 'characteristics',
        about: list('The characteristics the case shows', '案例体现的特征'),
        value: (c) => c.facts.characteristics,
        codes: codes.characteristic,
      },
      {
        name: 'service_domains',
        about: list('The service domains', '服务领域'),
        value: (c) => c.facts.serviceDomains,
        codes: vocabularyCodes('domain', serviceDomains),
      },
      {
        name: 'technologies',
        about: list('The technologies', '技术'),
        value: (c) => c.facts.technologies,
        codes: vocabularyCodes('technology', technologies),
      },
      {
        name: 'funding_instruments',
        about: list('The funding instruments', '融资工具'),
        value: (c) => c.facts.fundingInstruments,
        codes: vocabularyCodes('funding', fundingInstruments),
      },
      {
        name: 'business_models',
        about: list('The business models', '商业模式'),
        value: (c) => c.facts.businessModels,
        codes: vocabularyCodes('business', businessModels),
      },
      {
        name: 'years',
        about: list('The years the paper names for the case', '白皮书为该案例提到的年份'),
        value: (c) => c.facts.years.map(String),
      },
      {
        name: 'cite',
        about: list(
          'Where the white paper describes it: chapter (ch5.2), box, table, annex or footnote (fn16)',
          '白皮书中的出处：章节（ch5.2）、专栏（box）、表（table）、附件（annex）或脚注（fn16）',
        ),
        value: (c) => c.facts.cite.at,
      },
    ],
    data.cases,
  );
});

export const ratingNote =
  "Levels are this site's reading of the evidence in the 2014 EU-China smart city white paper, as of 2014; not a current measurement. 'not-assessed' means the paper gives no evidence; 'no-rung-proven' that some criterion has evidence but no rung is proven; 'not-yet-addressed' that a Basic criterion is not met. For the cities the paper's Table 3 covers, level and possible_level have Table 3's bounds applied (table3_floor, table3_ceiling: the lowest and highest level Table 3 shows for the city's group).";

export async function citiesJson() {
  // A contributed city as its content file has it: its role is its origin.
  return citiesFileSchema.parse(
    (await siteData()).cities.map((city) => {
      if (city.role !== 'contributed') return city;
      const { role: _role, districtType: _none, ...file } = city;
      return file;
    }),
  );
}

export async function casesJson() {
  const { cases } = await siteData();
  return casesFileSchema.parse(
    cases.map((c) => ({
      id: c.slug,
      title: { zh: c.texts.zh.data.title, en: c.texts.en.data.title },
      summary: { zh: c.texts.zh.data.summary, en: c.texts.en.data.summary },
      ...c.facts,
    })),
  );
}

export async function assessmentsJson() {
  const { cities, assessments, scores, reports, reportScores } = await siteData();
  const reportsOf = Map.groupBy(reports, (r) => r.data.city);
  return assessmentsFileSchema.parse({
    note: ratingNote,
    assessments: cities.flatMap((city) => [
      ...(city.role === 'contributed'
        ? []
        : [
            {
              city: city.id,
              reading: paperRef,
              asOf: 2014,
              criteria: assessments.get(city.id)?.criteria ?? [],
              levels: scores.get(city.id),
            },
          ]),
      ...(reportsOf.get(city.id) ?? []).map((r) => ({
        city: city.id,
        reading: reportRef(r),
        asOf: r.data.asOf,
        criteria: r.data.criteria,
        levels: reportScores.get(r.id),
      })),
    ]),
  });
}

const paperRef = { source: 'paper', asOf: 2014 } as const satisfies ReadingRef;
const reportRef = (r: ReportEntry): ReadingRef => ({
  source: 'city-report',
  report: r.id,
  asOf: r.data.asOf,
  reviewer: r.data.review.reviewer,
  reviewedOn: r.data.review.reviewedOn,
  licence: r.data.licence,
});

/** The reading a city counts by in a set of evidence: the paper's, or its latest (its newest report, if any). */
function readingIn(data: SiteData, evidence: EvidenceSet, city: string): ReadingRef {
  if (evidence === data.paperEvidence) return paperRef;
  const newest = data.reports.findLast((r) => r.data.city === city);
  return newest ? reportRef(newest) : paperRef;
}

/** Every city's "learn next from" report, one entry per teacher; checked against its published schema. */
export async function nextStepsRows() {
  const data = await siteData();
  const sets: [NextStepEntry['evidence'], EvidenceSet][] = [
    ['paper', data.paperEvidence],
    ...(data.latestEvidence === data.paperEvidence
      ? []
      : [['latest', data.latestEvidence] as [NextStepEntry['evidence'], EvidenceSet]]),
  ];
  const entries: NextStepEntry[] = sets.flatMap(([evidence, set]) =>
    data.cities.flatMap((city) =>
      cityReport(set, city.id).flatMap((step) =>
        step.lessons.map((lesson) => ({
          evidence,
          city: city.id,
          learnerReading: readingIn(data, set, city.id),
          characteristic: step.characteristic,
          rung: step.rung,
          lacking: [...step.lacking],
          teacher: lesson.teacher.id,
          teacherReading: readingIn(data, set, lesson.teacher.id),
          kind: lesson.kind,
          criteria: lesson.proofs.map((p) =>
            p.reported
              ? { criterion: p.criterion, evidence: p.evidence, source: p.reported.source }
              : {
                  criterion: p.criterion,
                  evidence: p.evidence as Bilingual,
                  cite: { source: 'white-paper-2014', ...p.cite, at: [...p.cite.at] },
                },
          ),
          cases: cityCasesFor(data, lesson.teacher.id, step.characteristic).map((c) => c.slug),
          similarity: {
            score: lesson.similarity.score,
            sharedCharacteristics: lesson.similarity.sharedCharacteristics,
          },
        })),
      ),
    ),
  );
  return nextStepsFileSchema.parse({ note: nextStepsNote, entries });
}

const nextStepsNote =
  "For each assessed characteristic of each city, whom to learn from next: kind a, cities proven exactly one rung up; b, cities whose evidence meets criteria the city lacks for its next rung; c, where neither exists, cities whose evidence meets a higher criterion it lacks. From this site's reading of the 2014 white paper; not a current measurement.";

const json = (file: string, about: Bilingual, schema: z.ZodType): JsonFile => ({
  kind: 'json',
  file,
  about,
  schema: file.replace(/\.json$/, '.schema.json'),
  fields: schemaFields(jsonSchemaOf(schema)),
});

const schemaOf = (file: string): SchemaFile => ({
  kind: 'schema',
  file: file.replace(/\.json$/, '.schema.json'),
  about: { en: `The JSON Schema of ${file}.`, zh: `${file} 的 JSON Schema。` },
});

/** Every file of /data/, in the order the data page lists them. */
export async function openDataFiles(): Promise<OpenDataFile[]> {
  return dataFiles(await siteData());
}
const dataFiles = oncePerBuild((data: SiteData): OpenDataFile[] => {
  const jsonFiles = [
    json(
      'cities.json',
      {
        en: 'Every city as its content file has it: names, country, region, role, administrative level, coordinates, district type and the citation that names it.',
        zh: '每个城市的完整记录：名称、国家、地区、角色、行政级别、坐标、城区类型以及白皮书中提到它的出处。',
      },
      citiesFileSchema,
    ),
    json(
      'assessments.json',
      {
        en: 'Every reading of every city, each apart with its source and date: the site’s reading of the 2014 paper (each criterion the paper speaks to, with its evidence in both languages and its citation) and each reviewed city report (its answers in the reporter’s words, with sources, reviewer and licence), and the levels computed from each.',
        zh: '每个城市的每一解读，各自独立并注明来源和日期：本站对 2014 年白皮书的解读（白皮书涉及的每一项标准及其中英文证据和出处），以及每份经审核的城市报告（报告人原话的回答、来源、审核人和许可协议），以及据各解读计算的等级。',
      },
      assessmentsFileSchema,
    ),
    json(
      'cases.json',
      {
        en: 'Every case’s facts: titles and summaries in both languages, cities, characteristics, domains, technologies, funding, business models, years, outcomes and citations.',
        zh: '每个案例的要素：中英文标题与摘要、城市、特征、服务领域、技术、融资工具、商业模式、年份、成果数据和出处。',
      },
      casesFileSchema,
    ),
    json(
      'next-steps.json',
      {
        en: '“Learn next from” for every city and characteristic, twice where city reports exist: on the paper’s evidence only (evidence: paper) and on every city’s latest reading (evidence: latest). Each entry gives whom to learn from (kind a, b or c), the reading of the learner and of the teacher, the criteria with their evidence and its source, and the cases.',
        zh: '每个城市每项特征的“向谁学习”；有城市报告时分两套：仅依据白皮书证据（evidence: paper），以及依据各城市最新解读（evidence: latest）。每条给出学习对象（a、b、c 三类）、学习者和学习对象各自的解读、相关标准及其证据和来源，以及相关案例。',
      },
      nextStepsFileSchema,
    ),
  ];
  return [
    citiesCsv(data),
    levelsCsv(data),
    casesCsv(data),
    ...jsonFiles.flatMap((f) => [f, schemaOf(f.file)]),
    {
      kind: 'schema',
      file: 'assessment.schema.json',
      about: {
        en: 'The JSON Schema of one assessment file, of any of its three kinds: the site’s reading of the paper for a city (paper-reading), a city’s own self-assessment as the self-assessment page exports it (self-assessment), or a city report as a city sends it for review (city-report).',
        zh: '单个评估文件的 JSON Schema，涵盖三类：本站对白皮书的城市解读（paper-reading）、自评页面导出的城市自评（self-assessment），以及城市提交审核的城市报告（city-report）。',
      },
      fields: schemaFields(jsonSchemaOf(anyAssessmentSchema)),
    },
  ];
});
