/**
 * Reads the whole content/ tree, checks every file against its zod schema and every reference
 * between files, and reports one line per problem: file, field, reason. Used by the build
 * (scripts/check-content.ts) and by the unit tests on broken copies of the content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fieldPath } from '../../src/lib/field-path';
import { characteristicIds } from '../../src/lib/levels';
import { assessmentSchema, type Assessment } from '../../src/schemas/assessment';
import { caseFactsSchema, caseTextSchema, type CaseFacts, type CaseText } from '../../src/schemas/case';
import { characteristicSchema, type Characteristic } from '../../src/schemas/characteristic';
import { citySchema, contributedCitySchema, type City, type ContributedCity } from '../../src/schemas/city';
import { cityReportSchema, type CityReport } from '../../src/schemas/city-report';
import {
  citedSources,
  contributedCityFile,
  earliestReportDate,
  isoToday,
  reportId,
  whitePaperSource,
} from '../../src/lib/contributions';
import { findingSchema, type Finding } from '../../src/schemas/finding';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { languages, type Language } from '../../src/lib/languages';
import { readableIssue } from '../../src/schemas/readable-issue';
import { sourceSchema, type Source } from '../../src/schemas/source';
import type { z } from '../../src/schemas/zod';

export interface Problem {
  file: string;
  field: string;
  reason: string;
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.field}: ${p.reason}`;

/** A reviewed city report of content/reports, with its id (`<city>/<asOf>`) and file. */
export interface LoadedReport {
  id: string;
  file: string;
  report: CityReport;
}

export interface LoadedContent {
  characteristics: Characteristic[];
  /** The cities the paper names (content/cities): the only ones Table 3 and the paper's pilots can hold. */
  cities: City[];
  /** Cities the paper does not name, each brought by a city's report (content/reports/<id>/city.json). */
  contributedCities: ContributedCity[];
  /** Reviewed city reports, by city then date (content/reports/<city>/<asOf>.json). */
  reports: LoadedReport[];
  assessments: Assessment[];
  sources: Source[];
  cases: { slug: string; facts: CaseFacts; texts: Partial<Record<Language, CaseText>> }[];
  findings: Finding[];
  glossary: GlossaryEntry[];
}

const listFiles = (dir: string, ending: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ending) && !f.startsWith('_'))
        .sort()
    : [];

function readFrontmatter(raw: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
  if (!match) throw new Error('no frontmatter block (--- … ---) at the top');
  return parseYaml(match[1]);
}

/** A title or name as compared with the white paper's: lower case, without spaces, punctuation or the year. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');

export interface ValidateOptions {
  /** Today as YYYY-MM-DD, for the dates that cannot be in the future (tests fix it). */
  today?: string;
}

export function validateContent(
  contentRoot: string,
  projectRoot = process.cwd(),
  options: ValidateOptions = {},
): {
  problems: Problem[];
  content: LoadedContent;
} {
  const problems: Problem[] = [];
  const rel = (file: string) => relative(projectRoot, file) || file;
  const report = (file: string, field: readonly PropertyKey[] | string, reason: string) =>
    problems.push({ file: rel(file), field: typeof field === 'string' ? field : fieldPath(field), reason });

  function parseWith<S extends z.ZodType>(
    file: string,
    schema: S,
    read: (raw: string) => unknown,
  ): z.infer<S> | undefined {
    let data: unknown;
    try {
      data = read(readFileSync(file, 'utf8'));
    } catch (error) {
      report(file, '(file)', `cannot be read: ${(error as Error).message}`);
      return undefined;
    }
    const result = schema.safeParse(data, { error: readableIssue });
    if (!result.success) {
      for (const issue of result.error.issues) report(file, issue.path, issue.message);
      return undefined;
    }
    return result.data;
  }
  const parseJson = <S extends z.ZodType>(file: string, schema: S) => parseWith(file, schema, JSON.parse);
  const cited: { file: string; data: unknown; isCase?: boolean }[] = [];

  function loadCollection<T extends { id: string }>(folder: string, schema: z.ZodType<T, unknown>): T[] {
    const dir = join(contentRoot, folder);
    return listFiles(dir, '.json').flatMap((name) => {
      const file = join(dir, name);
      const item = parseJson(file, schema);
      if (!item) return [];
      cited.push({ file, data: item });
      if (item.id !== name.replace(/\.json$/, ''))
        report(file, 'id', `id "${item.id}" does not match the file name ${name}`);
      return [item];
    });
  }

  const fileIds = (folder: string) =>
    new Set(listFiles(join(contentRoot, folder), '.json').map((f) => f.replace(/\.json$/, '')));
  const today = options.today ?? isoToday();
  const characteristics = loadCollection('characteristics', characteristicSchema).sort((a, b) => a.order - b.order);
  const cities = loadCollection('cities', citySchema);
  const sources = loadCollection('sources', sourceSchema);
  for (const source of sources) {
    if (source.kind === 'document' && source.year > Number(today.slice(0, 4)))
      report(join(contentRoot, 'sources', `${source.id}.json`), 'year', `${source.year} is in the future`);
  }
  const findings = loadCollection('findings', findingSchema);
  const glossary = loadCollection('glossary', glossaryEntrySchema);
  const glossaryIds = fileIds('glossary');
  for (const entry of glossary) {
    entry.relations?.forEach((relation, i) => {
      if (!glossaryIds.has(relation.to))
        report(
          join(contentRoot, 'glossary', `${entry.id}.json`),
          ['relations', i, 'to'],
          `"${relation.to}" has no glossary entry in content/glossary`,
        );
    });
  }

  for (const id of characteristicIds) {
    if (!characteristics.some((c) => c.id === id)) {
      report(
        join(contentRoot, 'characteristics', `${id}.json`),
        '(file)',
        `characteristic "${id}" is missing or invalid; the framework has nine`,
      );
    }
  }

  // A file that failed its own check still names a city or source, so references to it are
  // not reported a second time; criteria of a broken characteristic are likewise not re-checked.
  const paperCityIds = fileIds('cities');
  const sourceIds = fileIds('sources');
  const documentIds = new Set(sources.filter((source) => source.kind === 'document').map((source) => source.id));
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  // Cities the paper does not name come with a city's report: content/reports/<id>/city.json.
  const reportsDir = join(contentRoot, 'reports');
  const reportFolders = existsSync(reportsDir)
    ? readdirSync(reportsDir)
        .filter((d) => !d.startsWith('_') && statSync(join(reportsDir, d)).isDirectory())
        .sort()
    : [];
  const contributedCityIds = new Set(reportFolders.filter((d) => existsSync(join(reportsDir, d, contributedCityFile))));
  const contributedCities = reportFolders.flatMap((folder) => {
    const file = join(reportsDir, folder, contributedCityFile);
    if (!existsSync(file)) return [];
    const city = parseJson(file, contributedCitySchema);
    if (!city) return [];
    if (city.id !== folder) report(file, 'id', `id "${city.id}" does not match its folder content/reports/${folder}`);
    if (paperCityIds.has(city.id))
      report(
        file,
        'id',
        `"${city.id}" is a city of the paper (content/cities/${city.id}.json): a report of it brings no city file`,
      );
    return [city];
  });
  const cityIds = new Set([...paperCityIds, ...contributedCityIds]);
  const criterionIds = new Set(
    characteristics.flatMap((c) =>
      c.ladder
        ? Object.values(c.ladder)
            .flat()
            .map((crit) => crit.id)
        : [],
    ),
  );
  const brokenCharacteristics = characteristicIds.filter((id) => !characteristics.some((c) => c.id === id));
  const criterionKnown = (id: string) =>
    criterionIds.has(id) || (brokenCharacteristics as readonly string[]).includes(id.split('.')[0]);

  const assessmentDir = join(contentRoot, 'assessments');
  const assessments = listFiles(assessmentDir, '.json').flatMap((name) => {
    const file = join(assessmentDir, name);
    if (kindOf(file) === 'city-report') {
      report(
        file,
        'kind',
        "a city's report is not the paper's reading: it goes in content/reports/<city>/<asOf>.json, shown apart",
      );
      return [];
    }
    const assessment = parseJson(file, assessmentSchema);
    if (!assessment) return [];
    cited.push({ file, data: assessment });
    if (!paperCityIds.has(assessment.city))
      report(
        file,
        'city',
        contributedCityIds.has(assessment.city)
          ? `"${assessment.city}" comes from a city report: the paper has no reading of it`
          : `unknown city "${assessment.city}"`,
      );
    if (assessment.city !== name.replace(/\.json$/, '')) {
      report(file, 'city', `city "${assessment.city}" does not match the file name ${name}`);
    }
    assessment.criteria.forEach((c, i) => {
      if (!criterionKnown(c.criterion))
        report(file, ['criteria', i, 'criterion'], `unknown criterion "${c.criterion}"`);
    });
    return [assessment];
  });

  const reports = loadReports();

  const casesDir = join(contentRoot, 'cases');
  const caseSlugs = existsSync(casesDir)
    ? readdirSync(casesDir)
        .filter((d) => !d.startsWith('_') && statSync(join(casesDir, d)).isDirectory())
        .sort()
    : [];
  const cases = caseSlugs.flatMap((slug) => {
    const dir = join(casesDir, slug);
    const factsFile = join(dir, 'facts.json');
    if (!/^[a-z0-9-]+$/.test(slug))
      report(dir, '(folder)', 'a case folder name is lower-case letters, digits and hyphens');
    const texts: Partial<Record<Language, CaseText>> = {};
    for (const lang of languages) {
      const textFile = join(dir, `${lang}.mdx`);
      if (!existsSync(textFile)) {
        report(
          textFile,
          '(file)',
          `missing translation: the ${lang === 'zh' ? 'Chinese' : 'English'} text of case "${slug}"`,
        );
        continue;
      }
      const text = parseWith(textFile, caseTextSchema, readFrontmatter);
      if (text) texts[lang] = text;
    }
    if (!existsSync(factsFile)) {
      report(factsFile, '(file)', `case "${slug}" has no facts.json`);
      return [];
    }
    const facts = parseJson(factsFile, caseFactsSchema);
    if (!facts) return [];
    cited.push({ file: factsFile, data: facts, isCase: true });
    facts.cities.forEach((city, i) => {
      if (!cityIds.has(city)) report(factsFile, ['cities', i], `unknown city "${city}"`);
    });
    facts.sources.forEach((source, i) => {
      if (!sourceIds.has(source)) report(factsFile, ['sources', i], `unknown source "${source}"`);
    });
    for (const field of ['fundingInstruments', 'businessModels'] as const) {
      facts[field].forEach((term, i) => {
        // By file: a glossary entry that failed its own check is reported there, not at every case using it.
        if (!glossaryIds.has(term))
          report(factsFile, [field, i], `"${term}" has no glossary entry in content/glossary`);
      });
    }
    return [{ slug, facts, texts }];
  });

  for (const finding of findings) {
    if (finding.kind !== 'maturity-distribution') continue;
    finding.euSample.forEach((city, i) => {
      const file = join(contentRoot, 'findings', `${finding.id}.json`);
      if (contributedCityIds.has(city))
        report(
          file,
          ['euSample', i],
          `"${city}" comes from a city report, not the paper: Table 3 covers the paper's pilots only`,
        );
      else if (!paperCityIds.has(city)) report(file, ['euSample', i], `unknown city "${city}"`);
    });
  }

  for (const { file, data, isCase } of cited) {
    // Only a case may cite a document other than the paper (its page or section); everything else is the paper's.
    for (const c of citedSources(data)) {
      if (!sourceIds.has(c.source)) {
        report(file, c.path, `unknown source "${c.source}" (add it to content/sources)`);
        continue;
      }
      if (c.source === whitePaperSource) continue;
      const kind = sourceById.get(c.source)?.kind;
      if (!isCase) {
        report(file, c.path, `"${c.source}" is not the white paper: only a case may cite another document`);
      } else if (kind !== undefined && !documentIds.has(c.source)) {
        report(
          file,
          c.path,
          `"${c.source}" is a ${kind} the paper names, not a document: a case cites the white paper or a document (kind "document")`,
        );
      }
    }
  }

  return {
    problems,
    content: {
      characteristics,
      cities,
      contributedCities,
      reports,
      assessments,
      sources,
      cases,
      findings,
      glossary,
    },
  };

  /** The `kind` of a JSON file, read before its schema, or undefined. */
  function kindOf(file: string): unknown {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown }).kind;
    } catch {
      return undefined;
    }
  }

  /**
   * content/reports/<city>/<asOf>.json: a city's own reports, reviewed. Each names a known city (of the paper, or
   * one its folder's city.json brings) and known criteria, describes a day from the paper's year to today, is the
   * only report of its city for that day, and never passes itself off as the paper.
   */
  function loadReports(): LoadedReport[] {
    const paper = sourceById.get(whitePaperSource);
    const paperTitles = paper && 'name' in paper ? [paper.name.zh, paper.name.en].map(comparable) : [];
    const claimsPaper = (text: string) => paperTitles.some((title) => title && comparable(text).includes(title));
    const seen = new Map<string, string>();
    const loaded = reportFolders.flatMap((folder) =>
      listFiles(join(reportsDir, folder), '.json')
        .filter((name) => name !== contributedCityFile)
        .flatMap((name) => {
          const file = join(reportsDir, folder, name);
          const parsed = parseJson(file, cityReportSchema);
          if (!parsed) return [];
          const r = parsed;
          if (!cityIds.has(r.city))
            report(
              file,
              'city',
              `unknown city "${r.city}" (a city the paper does not name comes with content/reports/${r.city}/${contributedCityFile})`,
            );
          else if (r.city !== folder)
            report(file, 'city', `city "${r.city}" does not match its folder content/reports/${folder}`);
          if (name !== `${r.asOf}.json`)
            report(file, 'asOf', `asOf "${r.asOf}" does not match the file name ${name} (a report is <asOf>.json)`);
          if (r.asOf < earliestReportDate)
            report(
              file,
              'asOf',
              `${r.asOf} is before the white paper (2014): a report describes ${earliestReportDate} or later`,
            );
          if (r.asOf > today) report(file, 'asOf', `${r.asOf} is in the future (today is ${today})`);
          const id = reportId(r.city, r.asOf);
          const first = seen.get(id);
          if (first) report(file, 'asOf', `a second report of ${r.city} for ${r.asOf} (the first is ${rel(first)})`);
          else seen.set(id, file);
          if (r.review.reviewedOn > today)
            report(file, 'review.reviewedOn', `${r.review.reviewedOn} is in the future (today is ${today})`);
          else if (r.review.reviewedOn < r.asOf && r.asOf <= today)
            report(
              file,
              'review.reviewedOn',
              `the review (${r.review.reviewedOn}) is before the date the report describes (${r.asOf})`,
            );
          for (const field of ['office', 'role'] as const) {
            if (claimsPaper(r.reporter[field]))
              report(
                file,
                ['reporter', field],
                "a city report is the city's own, not the white paper's: the paper's reading is the site's (content/assessments)",
              );
          }
          r.criteria.forEach((c, i) => {
            if (!criterionKnown(c.criterion))
              report(file, ['criteria', i, 'criterion'], `unknown criterion "${c.criterion}"`);
            const source = c.source;
            if (source?.kind !== 'document') return;
            if (claimsPaper(source.title))
              report(
                file,
                ['criteria', i, 'source', 'title'],
                "the white paper is not a city's evidence: the paper's reading is the site's (content/assessments); cite the city's own documents",
              );
            if (source.date > today.slice(0, source.date.length))
              report(file, ['criteria', i, 'source', 'date'], `${source.date} is in the future (today is ${today})`);
          });
          return [{ id, file, report: r }];
        }),
    );
    for (const city of contributedCities) {
      const file = join(reportsDir, city.id, contributedCityFile);
      if (!existsSync(join(reportsDir, `${city.origin.report}.json`)))
        report(file, 'origin.report', `no report "${city.origin.report}" in content/reports`);
      else if (!city.origin.report.startsWith(`${city.id}/`))
        report(file, 'origin.report', `report "${city.origin.report}" is not of ${city.id}`);
    }
    return loaded;
  }
}

/** UI strings: both dictionaries must hold the same keys, none empty. */
export function validateDictionaries(dictionaries: Record<Language, Record<string, string>>, dir: string): Problem[] {
  const problems: Problem[] = [];
  const [zh, en] = [dictionaries.zh, dictionaries.en];
  for (const [lang, dict, other] of [
    ['zh', zh, en],
    ['en', en, zh],
  ] as const) {
    for (const key of Object.keys(other)) {
      if (!(key in dict)) problems.push({ file: join(dir, `${lang}.json`), field: key, reason: 'missing translation' });
      else if (!String(dict[key]).trim())
        problems.push({ file: join(dir, `${lang}.json`), field: key, reason: 'empty translation' });
    }
  }
  return problems;
}
