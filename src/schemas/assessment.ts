import { about, z } from './zod';
import { characteristicIds } from '../lib/levels';
import { citationSchema } from './citation';
import { adminLevels, districtTypes, regions } from '../lib/places';
import { localizedText } from './localized';

/**
 * An assessment file comes in two kinds, told apart by `kind`:
 * - `paper-reading`: the site's reading of the 2014 white paper for one city. Every met / not-met
 *   carries evidence in both languages and a white-paper citation. Only these are in content/.
 * - `self-assessment`: a city's own answers, exported by the self-assessment page, with its own notes
 *   in any language and any date. It is how a city shares or contributes its assessment; the site
 *   never publishes it as a rating, because it is not a fact from the paper.
 */
const criterionStatuses = ['met', 'not-met', 'no-evidence'] as const;

export const criterionId = z
  .string()
  .meta(
    about(
      'A criterion id from content/characteristics, e.g. "strategy.basic.vision".',
      '标准 id，取自 content/characteristics，例如 strategy.basic.vision。',
    ),
  );

/** One description for every status field, so the fields read the same wherever the kinds meet. */
export const statusAbout = about(
  'met: the evidence meets the criterion; not-met: the evidence shows it is not met; no-evidence: nothing settles it either way.',
  'met：证据表明已满足该标准；not-met：证据表明未满足；no-evidence：没有能判定的证据。',
);

/** Likewise for `kind`, which tells the two kinds of file apart. */
const kindAbout = about(
  "paper-reading: the site's reading of the 2014 white paper for one city; self-assessment: a city's own answers, exported by the self-assessment page, never published as a rating.",
  'paper-reading：本站对 2014 年白皮书中某一城市的解读；self-assessment：城市自己的作答，由自评页面导出，本站不会将其作为评级发布。',
);

const evidenced = z
  .object({
    criterion: criterionId,
    status: z.enum(['met', 'not-met']).meta(statusAbout),
    evidence: localizedText.meta(
      about(
        'What the paper says that decides the criterion, in our own words.',
        '白皮书中决定该标准的内容，由本站用自己的话转述。',
      ),
    ),
    basis: z
      .enum(['city', 'group'])
      .default('city')
      .meta(
        about(
          'city (the default): the paper says it of the city itself; group: the paper says it of a whole group (e.g. all Chinese pilot cities), which counts for each member.',
          'city（默认）：白皮书针对该城市本身所说；group：白皮书针对整个群体（如全部中国试点城市）所说，对其中每个城市都适用。',
        ),
      ),
    cite: citationSchema.meta(about('Where the paper says so.', '白皮书中的出处。')),
  })
  .strict();

const unknown = z
  .object({
    criterion: criterionId,
    status: z.literal('no-evidence').meta(statusAbout),
    note: localizedText
      .optional()
      .meta(about('Why the paper does not settle it, if worth saying.', '白皮书为何无法判定该标准（如值得说明）。')),
  })
  .strict();

export const criterionAssessmentSchema = z.discriminatedUnion('status', [evidenced, unknown]);

type Criteria = { criteria: { criterion: string }[] };
export function noCriterionTwice(a: Criteria, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  a.criteria.forEach((c, i) => {
    if (seen.has(c.criterion)) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'criterion'],
        message: `criterion "${c.criterion}" is assessed twice`,
      });
    }
    seen.add(c.criterion);
  });
}

const paperReadingKind = z
  .literal('paper-reading', {
    error:
      'content/assessments holds only the site\'s reading of the paper ("kind": "paper-reading"); a city\'s own self-assessment is not published as a rating',
  })
  .meta(kindAbout);

/** The year the paper's readings are of; shared with the published assessments.json. */
export const asOfSchema = z
  .literal(2014)
  .meta(
    about(
      'The ratings read the 2014 paper; they are not a current measurement.',
      '评级依据 2014 年的白皮书，并非当前的测量结果。',
    ),
  );

/** The criteria a paper reading gives evidence on; shared with the published assessments.json. */
export const paperCriteriaSchema = z
  .array(criterionAssessmentSchema)
  .meta(
    about(
      'Criteria the paper speaks to. A criterion not listed has no evidence.',
      '白皮书涉及的标准。未列出的标准视为无证据。',
    ),
  );

export const paperReading = z
  .object({
    kind: paperReadingKind,
    city: z.string().meta(about('The id of the city assessed.', '被评估城市的 id。')),
    asOf: asOfSchema,
    criteria: paperCriteriaSchema,
  })
  .strict();

const selfContextSchema = z
  .object({
    region: z
      .enum(regions)
      .optional()
      .meta(
        about(
          'eu and cn for the two sides of the cooperation; other for cities elsewhere.',
          'eu 和 cn 分别是合作的欧盟方和中国方；other 指其他地区的城市。',
        ),
      ),
    adminLevel: z
      .enum(adminLevels)
      .optional()
      .meta(
        about(
          'city: a whole city; district or new-area: a district or new area inside one.',
          'city：整座城市；district 或 new-area：城市中的一个区或新区。',
        ),
      ),
    districtType: z
      .enum(districtTypes)
      .optional()
      .meta(
        about(
          'Green-field (new) or brown-field (existing), chapter 2.',
          '新建城区（new，绿地）或既有城区（existing，棕地），见第二章。',
        ),
      ),
  })
  .strict()
  .meta(
    about(
      'What the city is, used for the similarity with other cities.',
      '城市的基本情况，用于计算与其他城市的相似度。',
    ),
  );

const selfAnswer = z
  .object({
    criterion: criterionId,
    status: z.enum(criterionStatuses).meta(statusAbout),
    note: z
      .string()
      .max(4000, { message: 'a note is at most 4,000 characters' })
      .optional()
      .meta(about("The city's own evidence, in any language.", '城市自己提供的证据，语言不限。')),
  })
  .strict();

export const selfAssessment = z
  .object({
    kind: z.literal('self-assessment').meta(kindAbout),
    city: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta(about('The city as the assessor names it.', '评估者所写的城市名称。')),
    assessedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, { message: 'a date is written YYYY-MM-DD' })
      .meta(
        about('When the answers were given (ISO 8601 date or date-time).', '作答日期（ISO 8601 日期或日期时间）。'),
      ),
    context: selfContextSchema.default({}),
    targets: z
      .partialRecord(
        z.enum(characteristicIds),
        z
          .number()
          .int()
          .min(1, { message: 'a target is a rung from 1 to 4' })
          .max(4, { message: 'a target is a rung from 1 to 4' }),
      )
      .default({})
      .meta(
        about(
          'The rung aimed for per characteristic: 1 Basic … 4 State-of-the-art.',
          '每项特征的目标级别：1 为基本（Basic）……4 为最成熟（State-of-the-art）。',
        ),
      ),
    criteria: z
      .array(selfAnswer)
      .meta(
        about(
          'One answer per Annex 2 criterion; a criterion not listed has no evidence.',
          '每条附件 2 标准一项作答；未列出的标准视为无证据。',
        ),
      ),
  })
  .strict();

/** What content/assessments holds: the site's reading of the paper. */
// The kind is checked first, so a file of the other kind gets one line saying so, not one per field.
export const assessmentSchema = z
  .looseObject({ kind: paperReadingKind })
  .pipe(paperReading)
  .superRefine(noCriterionTwice);
/** A city's own assessment, as the self-assessment page exports and imports it. */
export const selfAssessmentFileSchema = selfAssessment.superRefine(noCriterionTwice);

export type Assessment = z.infer<typeof assessmentSchema>;
export type CriterionStatus = (typeof criterionStatuses)[number];
export type SelfContext = z.infer<typeof selfContextSchema>;
export type SelfAssessmentFile = z.infer<typeof selfAssessmentFileSchema>;
