/**
 * `npm run contribution:add -- FILE`: a received file (a city report, with its city when the paper does not name
 * it, or a case with the documents it cites) is checked, placed in the content tree, and what it changes on the
 * site is described. It works on a copy first: the files are written into a copy of the tree, the whole copy is
 * checked as the build checks content/, and only when nothing is wrong are the same files written into the real
 * tree, never over an existing file. On any problem nothing changes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { stringify as yamlStringify } from 'yaml';
import { contributedCityFile, isoToday, reportId } from '../../src/lib/contributions';
import { languages } from '../../src/lib/languages';
import type { CityReport, CityReportSubmission } from '../../src/schemas/city-report';
import type { ContributedCity } from '../../src/schemas/city';
import { receivedFileSchema, type CaseSubmission } from '../../src/schemas/contribution';
import { readableIssue } from '../../src/schemas/readable-issue';
import { fieldPath } from '../../src/lib/field-path';
import { describeChanges, modelChanges, siteModel, type ModelChanges } from './site-model';
import { table3Problems } from './table3-gate';
import { validateContent, type Problem } from './validate-content';

export interface AddOptions {
  /** The content tree to add to (the site's content/, or a test's copy). */
  contentDir: string;
  /** Who reviewed the report, for a received report that is not reviewed yet. */
  reviewer?: string;
  /** When it was reviewed (YYYY-MM-DD); today if a reviewer is given without a date. */
  reviewedOn?: string;
  /** Today as YYYY-MM-DD (tests fix it). */
  today?: string;
}

export type AddResult =
  /** `changes` are the lines printed for a maintainer; `model` the same changes as data (tests compare the build). */
  { ok: true; written: string[]; changes: string[]; model: ModelChanges } | { ok: false; problems: Problem[] };

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** A case text as content/cases/<slug>/<lang>.mdx: frontmatter, then the story. */
const mdx = (text: { title: string; summary: string; body: string }) =>
  `---\n${yamlStringify({ title: text.title, summary: text.summary }, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 })}---\n\n${text.body.trim()}\n`;

/** The files a received report becomes: the reviewed report, and its city's file when it brings one. */
function reportFiles(
  submission: CityReportSubmission,
  file: string,
  options: AddOptions,
): { files: Map<string, string> } | { problems: Problem[] } {
  const { newCity, review, ...rest } = submission;
  let reviewed = review ?? undefined;
  if (reviewed && options.reviewer)
    return {
      problems: [
        {
          file,
          field: 'review',
          reason: `already reviewed by ${reviewed.reviewer} on ${reviewed.reviewedOn}; leave out --reviewer`,
        },
      ],
    };
  if (!reviewed) {
    if (!options.reviewer)
      return {
        problems: [
          {
            file,
            field: 'review',
            reason:
              'not reviewed yet: check the report, then add it with --reviewer "NAME" (and --reviewed YYYY-MM-DD, today by default)',
          },
        ],
      };
    reviewed = { reviewer: options.reviewer, reviewedOn: options.reviewedOn ?? options.today ?? isoToday() };
  }
  const report: CityReport = { ...rest, review: reviewed };
  const files = new Map([[join('reports', report.city, `${report.asOf}.json`), json(report)]]);
  if (newCity) {
    if (newCity.id !== report.city)
      return {
        problems: [
          {
            file,
            field: 'newCity.id',
            reason: `the new city "${newCity.id}" is not the report's city "${report.city}"`,
          },
        ],
      };
    const city: ContributedCity = {
      ...newCity,
      origin: { kind: 'contribution', report: reportId(report.city, report.asOf) },
    };
    files.set(join('reports', report.city, contributedCityFile), json(city));
  }
  return { files };
}

/** The files a received case becomes: its facts and texts, and the documents it cites. */
function caseFiles(submission: CaseSubmission): Map<string, string> {
  const files = new Map<string, string>();
  files.set(join('cases', submission.slug, 'facts.json'), json(submission.facts));
  for (const lang of languages) files.set(join('cases', submission.slug, `${lang}.mdx`), mdx(submission.texts[lang]));
  for (const source of submission.sources) files.set(join('sources', `${source.id}.json`), json(source));
  return files;
}

/** Checks a received file, and places it in the content tree when nothing is wrong. */
export function addContribution(file: string, options: AddOptions): AddResult {
  const today = options.today ?? isoToday();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [{ file, field: '(file)', reason: `cannot be read: ${(error as Error).message}` }] };
  }
  const parsed = receivedFileSchema.safeParse(data, { error: readableIssue });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), reason: issue.message })),
    };
  const received = parsed.data;
  let files: Map<string, string>;
  if (received.kind === 'case') {
    files = caseFiles(received);
    // A case folder is one unit: a second case of the same id would mix two cases' files.
    if (existsSync(join(options.contentDir, 'cases', received.slug)))
      return {
        ok: false,
        problems: [
          {
            file,
            field: 'slug',
            reason: `content/cases/${received.slug} already exists: contribution:add never overwrites; choose another id`,
          },
        ],
      };
  } else {
    const made = reportFiles(received, file, { ...options, today });
    if ('problems' in made) return { ok: false, problems: made.problems };
    files = made.files;
  }
  const taken = [...files.keys()].filter((path) => existsSync(join(options.contentDir, path)));
  if (taken.length > 0)
    return {
      ok: false,
      problems: taken.map((path) => ({
        file,
        field: '(file)',
        reason: `${join(basename(options.contentDir), path)} already exists: contribution:add never overwrites a file`,
      })),
    };

  // The whole tree with the new files, checked as the build checks it, in a copy named like the real one.
  const stage = mkdtempSync(join(tmpdir(), 'scl-contribution-'));
  try {
    const staged = join(stage, basename(options.contentDir));
    cpSync(options.contentDir, staged, { recursive: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staged, path)), { recursive: true });
      writeFileSync(join(staged, path), text);
    }
    const after = validateContent(staged, stage, { today });
    const problems = after.problems.length > 0 ? after.problems : table3Problems(after.content, staged);
    if (problems.length > 0) return { ok: false, problems };
    const before = validateContent(options.contentDir, dirname(options.contentDir), { today });
    const model = modelChanges(siteModel(before.content), siteModel(after.content));
    const changes = describeChanges(model);

    const written: string[] = [];
    try {
      for (const [path, text] of files) {
        const target = join(options.contentDir, path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text, { flag: 'wx' });
        written.push(target);
      }
    } catch (error) {
      for (const target of written) rmSync(target);
      return {
        ok: false,
        problems: [{ file, field: '(file)', reason: `cannot be written: ${(error as Error).message}` }],
      };
    }
    return { ok: true, written: written.map((w) => relative(process.cwd(), w) || w), changes, model };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
