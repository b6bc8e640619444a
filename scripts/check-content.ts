/**
 * Build step: validates every content file and reference and scores every assessment with the shared
 * scoring module before Astro builds the pages. Fails with one line per problem (file: field: reason).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAssessment } from '../src/lib/scoring';
import { table3Problems } from './lib/table3-gate';
import { formatProblem, validateContent, validateDictionaries } from './lib/validate-content';

// `--content DIR` checks another tree (the tests use broken copies); the default is the site's own.
const contentFlag = process.argv.indexOf('--content');
const contentDir = contentFlag > -1 ? process.argv[contentFlag + 1] : (process.env.SCL_CONTENT_DIR ?? 'content');
const i18nDir = 'src/i18n';
const readDictionary = (lang: string) =>
  JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), 'utf8')) as Record<string, string>;

const { problems, content } = validateContent(contentDir);
if (problems.length === 0) problems.push(...table3Problems(content, contentDir));
problems.push(...validateDictionaries({ zh: readDictionary('zh'), en: readDictionary('en') }, i18nDir));

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const scored = content.assessments.map((a) => ({
  city: a.city,
  asOf: a.asOf,
  scores: scoreAssessment(content.characteristics, a.criteria),
}));

const rated = scored.reduce((n, s) => n + Object.values(s.scores).filter((x) => x.assessed).length, 0);
console.log(
  `Content ok: ${content.characteristics.length} characteristics, ${content.cities.length} cities, ` +
    `${content.assessments.length} assessments (${rated} characteristic ratings), ${content.cases.length} cases, ` +
    `${content.sources.length} sources.`,
);
