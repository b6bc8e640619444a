import { about, z } from './zod';
import { reportLicences } from '../lib/contributions';
import { languages, otherLanguage } from '../lib/languages';
import { noCriterionTwice, statusAbout } from './assessment';
import { criterionIdPattern } from './characteristic';
import { newCitySchema } from './city';

/**
 * The third kind of assessment file (issue 20): a city's own report, dated and reviewed, one per city and date,
 * in content/reports/<city>/<asOf>.json. Unlike the paper's reading (content/assessments, "kind": "paper-reading")
 * its evidence is the city's, in the reporter's words and language, each met criterion with a source; it is never
 * the paper's reading and never counts in Table 3. Only a reviewed report is content: a received file
 * (`cityReportSubmissionSchema`) may still be unreviewed ("review": null), and may bring a city the paper does
 * not name (`newCity`).
 */

/** Said of a report that has no review, wherever one is required. */
export const notReviewedReason =
  'not reviewed yet: a report is published only once a maintainer has checked it (npm run contribution:add -- FILE --reviewer NAME --reviewed YYYY-MM-DD)';

const text = (what: string, max = 500) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be a string`),
    })
    .trim()
    .min(1, { message: `${what} is empty` })
    .max(max, { message: `${what} is at most ${max} characters` });

const isoDate = (what: string) =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `${what} is missing`
        : `${JSON.stringify(issue.input)} is not a date: write YYYY-MM-DD`,
  });

const reportKind = z
  .literal('city-report', {
    error:
      'content/reports holds only city reports ("kind": "city-report"): a report is never the paper\'s reading, which is the site\'s, in content/assessments',
  })
  .meta(
    about(
      "city-report: a city's own report, dated and reviewed; shown apart from the site's reading of the 2014 paper.",
      'city-report：城市自己的报告，注明日期并经审核；与本站对 2014 年白皮书的解读分开显示。',
    ),
  );

const reportCriterionId = z
  .string()
  .regex(criterionIdPattern, {
    message: 'a criterion id reads <characteristic>.<rung>.<slug>, e.g. strategy.basic.vision-linked',
  })
  .meta(
    about(
      'A criterion id from content/characteristics, e.g. "strategy.basic.vision-linked".',
      '标准 id，取自 content/characteristics，例如 strategy.basic.vision-linked。',
    ),
  );

const evidenceText = text('the evidence', 4000).meta(about('In this language.', '该语言的文本。'));
const evidenceShape = { zh: evidenceText.optional(), en: evidenceText.optional() };
const evidenceAbout = about(
  "What shows the criterion is met or not, in the reporter's words, keyed by language: the report's own language, and the translation's where it has one.",
  '表明该标准已满足或未满足的内容，用报告者自己的话，按语言分列：报告本身的语言，以及（如有）译文的语言。',
);
const evidenceSchema = z.object(evidenceShape).strict().meta(evidenceAbout);

const documentSource = z
  .object({
    kind: z.literal('document').meta(about('document: a published document.', 'document：已发布的文件。')),
    title: text('the title').meta(about('Its title, as published.', '文件标题（原文）。')),
    publisher: text('the publisher').meta(about('Who published it.', '发布者。')),
    date: z
      .string({ error: 'the date the document was published is missing' })
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        message: 'the date the document was published: YYYY, YYYY-MM or YYYY-MM-DD',
      })
      .meta(about('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.', '发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD。')),
    url: z
      .url({ error: 'the address (URL) where the document can be read is missing or not a URL' })
      .meta(about('Where it can be read (shown as text).', '文件的网址（仅作文字显示）。')),
  })
  .strict();

const statedByCity = z
  .object({
    kind: z
      .literal('stated-by-city')
      .meta(
        about(
          'stated-by-city: no document; the city states it, and the site shows it as such.',
          'stated-by-city：没有文件，由城市自行陈述，本站照此标明。',
        ),
      ),
  })
  .strict();

const missingSource =
  'a met criterion needs a source: a document (kind "document": title, publisher, date, url) or { "kind": "stated-by-city" }';
const sourceSchema = (required: boolean) =>
  z
    .discriminatedUnion('kind', [documentSource, statedByCity], {
      error: (issue) =>
        issue.input === undefined && required
          ? missingSource
          : issue.code === 'invalid_union'
            ? 'a source is { "kind": "document", … } or { "kind": "stated-by-city" }'
            : undefined,
    })
    .meta(
      about(
        'What the evidence rests on: a document (title, publisher, date, address) or the city\'s own statement ("stated-by-city").',
        '证据的依据：一份文件（标题、发布者、日期、网址），或城市自己的陈述（stated-by-city）。',
      ),
    );

const metCriterion = z
  .object({
    criterion: reportCriterionId,
    status: z.literal('met').meta(statusAbout),
    // Required, with its own reason when it is missing.
    evidence: z
      .object(evidenceShape, {
        error: (issue) =>
          issue.input === undefined
            ? "a met criterion needs evidence: what shows it, in the reporter's words"
            : 'the evidence is an object keyed by language: { "zh": "…" } or { "en": "…" }',
      })
      .strict()
      .meta(evidenceAbout),
    source: sourceSchema(true),
  })
  .strict();

const notMetCriterion = z
  .object({
    criterion: reportCriterionId,
    status: z.literal('not-met').meta(statusAbout),
    evidence: evidenceSchema.optional(),
    source: sourceSchema(false).optional(),
  })
  .strict();

const reportCriterion = z.discriminatedUnion('status', [metCriterion, notMetCriterion], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'a report answers a criterion "met" or "not-met"; leave out a criterion it has no evidence for'
      : undefined,
});

const reviewObject = z
  .object(
    {
      reviewer: text('the reviewer').meta(
        about(
          'Who checked the report for the site: a maintainer, never the city itself.',
          '为本站审核该报告的人：维护者，而非城市本身。',
        ),
      ),
      reviewedOn: isoDate('the review date').meta(
        about('When it was checked (YYYY-MM-DD).', '审核日期（YYYY-MM-DD）。'),
      ),
    },
    {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? notReviewedReason
          : 'the review is an object: { "reviewer": "…", "reviewedOn": "YYYY-MM-DD" }',
    },
  )
  .strict();

const reviewAbout = about(
  'Who checked the report for the site, and when. Only a reviewed report is published.',
  '为本站审核该报告的人及日期。只有经过审核的报告才会发布。',
);

const reportFields = {
  kind: reportKind,
  city: z
    .string({ error: 'the city (its id) is missing' })
    .regex(/^[a-z0-9-]+$/, { message: 'a city id is lower-case letters, digits and hyphens, e.g. "riga"' })
    .meta(about('The id of the city the report is about.', '报告所涉城市的 id。')),
  asOf: isoDate('the date the report describes').meta(
    about(
      'The date the report describes (YYYY-MM-DD): the city as it stood then.',
      '报告所描述的日期（YYYY-MM-DD）：城市当时的状况。',
    ),
  ),
  reporter: z
    .object(
      {
        office: text('the office').meta(
          about(
            "The office that reports, e.g. the city's smart-city office.",
            '提交报告的部门，例如市智慧城市办公室。',
          ),
        ),
        role: text('the role').meta(about("The reporter's role in that office.", '报告者在该部门的职务。')),
        contact: text('the contact')
          .optional()
          .meta(
            about(
              'How the maintainers reach the reporter (optional; not published).',
              '维护者联系报告者的方式（可选，不公开）。',
            ),
          ),
      },
      { error: 'the reporter is missing: { "office": "…", "role": "…" }' },
    )
    .strict()
    .meta(about('Who reports: the office and role; a contact is optional.', '报告者：部门与职务；联系方式可选。')),
  language: z
    .enum(languages)
    .meta(about('The language the report is written in: zh or en.', '报告撰写所用的语言：zh 或 en。')),
  translation: z
    .object({
      language: z
        .enum(languages)
        .meta(about('The language of the translation: the other one.', '译文的语言：另一种语言。')),
      by: text('the translator').meta(about('Who translated it.', '译者。')),
    })
    .strict()
    .optional()
    .meta(
      about(
        'The evidence in the other language, where given: a translation, and by whom.',
        '证据的另一种语言版本（如有）：为译文，并注明译者。',
      ),
    ),
  licence: z
    .enum(reportLicences)
    .meta(
      about(
        'The licence the report is published under (SPDX id), e.g. CC-BY-4.0.',
        '报告发布所用的许可协议（SPDX 标识），例如 CC-BY-4.0。',
      ),
    ),
  criteria: z
    .array(reportCriterion)
    .min(1, { message: 'a report answers at least one criterion' })
    .meta(
      about(
        'The Annex 2 criteria the report answers, met or not met; a criterion not listed has no evidence.',
        '报告作答的附件 2 标准（已满足或未满足）；未列出的标准视为无证据。',
      ),
    ),
};

type ReportShape = {
  language: (typeof languages)[number];
  translation?: { language: (typeof languages)[number] };
  criteria: { criterion: string; evidence?: Partial<Record<(typeof languages)[number], string>> }[];
};

/** Evidence in the report's language, and in the other only where the report declares a translation. */
function languagesKept(report: ReportShape, ctx: z.RefinementCtx) {
  // A language that is itself wrong has its own line.
  if (!(languages as readonly string[]).includes(report.language)) return;
  const translated = report.translation?.language;
  if (translated !== undefined && translated === report.language) {
    ctx.addIssue({
      code: 'custom',
      path: ['translation', 'language'],
      message: `a translation is into the other language ("${otherLanguage(report.language)}"), not the report's own`,
    });
    return;
  }
  report.criteria.forEach((c, i) => {
    if (!c.evidence) return;
    if (!c.evidence[report.language]) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'evidence', report.language],
        message: `missing: the report is written in ${report.language} ("language"), so its evidence is too`,
      });
    }
    const other = otherLanguage(report.language);
    if (c.evidence[other] && translated !== other) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'evidence', other],
        message: `the report declares no translation into ${other}: add "translation": { "language": "${other}", "by": "…" }`,
      });
    }
    if (!c.evidence[other] && translated === other) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'evidence', other],
        message: `missing: the report declares a translation into ${other}`,
      });
    }
  });
}

const reportRules = (report: ReportShape & { criteria: { criterion: string }[] }, ctx: z.RefinementCtx) => {
  noCriterionTwice(report, ctx);
  languagesKept(report, ctx);
};

/** A reviewed city report, as content/reports holds it: the contract of that folder. */
export const cityReportFileSchema = z
  .object({ ...reportFields, review: reviewObject.meta(reviewAbout) })
  .strict()
  .superRefine(reportRules);

/** What the content check parses a file of content/reports with: its kind first, so a paper reading gets one line. */
export const cityReportSchema = z.looseObject({ kind: reportKind }).pipe(cityReportFileSchema);

/**
 * A report as a city sends it (and as the self-assessment prepares it): not reviewed yet ("review": null, the
 * city never reviews itself), and with the city it is about when the paper does not name it.
 */
export const cityReportSubmissionSchema = z
  .object({
    ...reportFields,
    review: reviewObject
      .nullable()
      .optional()
      .meta(
        about(
          'null until a maintainer has checked the report; then who checked it, and when. Only a reviewed report is published.',
          '维护者审核之前为 null；审核后为审核人及日期。只有经过审核的报告才会发布。',
        ),
      ),
    newCity: newCitySchema
      .optional()
      .meta(
        about(
          "The city, when the paper does not name it: names in both languages, country, region, coordinates, administrative level. It never becomes one of the paper's pilots.",
          '白皮书未提及的城市：中英文名称、国家、区域、坐标、行政级别。它永远不会成为白皮书的试点城市。',
        ),
      ),
  })
  .strict()
  .superRefine(reportRules);

export type CityReport = z.infer<typeof cityReportFileSchema>;
export type CityReportSubmission = z.infer<typeof cityReportSubmissionSchema>;
export type ReportCriterion = CityReport['criteria'][number];
export type ReportSource = Extract<ReportCriterion, { status: 'met' }>['source'];
export type Review = CityReport['review'];
