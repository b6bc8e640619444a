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
import { citySchema, type City } from '../../src/schemas/city';
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

export interface LoadedContent {
  characteristics: Characteristic[];
  cities: City[];
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

/** Every `cite` object anywhere in a parsed file, with its field path. */
function citations(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; source: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'cite' && v && typeof v === 'object' && 'source' in v
        ? [{ path: [...path, key, 'source'], source: String((v as { source: unknown }).source) }]
        : citations(v, [...path, key]),
    );
  }
  return [];
}

export function validateContent(
  contentRoot: string,
  projectRoot = process.cwd(),
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
  const cited: { file: string; data: unknown }[] = [];

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
  const characteristics = loadCollection('characteristics', characteristicSchema).sort((a, b) => a.order - b.order);
  const cities = loadCollection('cities', citySchema);
  const sources = loadCollection('sources', sourceSchema);
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
  const cityIds = fileIds('cities');
  const sourceIds = fileIds('sources');
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
    const assessment = parseJson(file, assessmentSchema);
    if (!assessment) return [];
    cited.push({ file, data: assessment });
    if (!cityIds.has(assessment.city)) report(file, 'city', `unknown city "${assessment.city}"`);
    if (assessment.city !== name.replace(/\.json$/, '')) {
      report(file, 'city', `city "${assessment.city}" does not match the file name ${name}`);
    }
    assessment.criteria.forEach((c, i) => {
      if (!criterionKnown(c.criterion))
        report(file, ['criteria', i, 'criterion'], `unknown criterion "${c.criterion}"`);
    });
    return [assessment];
  });

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
    cited.push({ file: factsFile, data: facts });
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
      if (!cityIds.has(city))
        report(join(contentRoot, 'findings', `${finding.id}.json`), ['euSample', i], `unknown city "${city}"`);
    });
  }

  for (const { file, data } of cited) {
    for (const c of citations(data)) {
      if (!sourceIds.has(c.source)) report(file, c.path, `unknown source "${c.source}" (add it to content/sources)`);
    }
  }

  return { problems, content: { characteristics, cities, assessments, sources, cases, findings, glossary } };
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
