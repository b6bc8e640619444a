import { z } from './zod';
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

const criterionId = z.string().describe('A criterion id from content/characteristics, e.g. "strategy.basic.vision".');

const evidenced = z
  .object({
    criterion: criterionId,
    status: z.enum(['met', 'not-met']),
    evidence: localizedText.describe('What the paper says that decides the criterion, in our own words.'),
    basis: z
      .enum(['city', 'group'])
      .default('city')
      .describe(
        'group: the paper says it of a whole group (e.g. all Chinese pilot cities), which counts for each member.',
      ),
    cite: citationSchema,
  })
  .strict();

const unknown = z
  .object({
    criterion: criterionId,
    status: z.literal('no-evidence'),
    note: localizedText.optional().describe('Why the paper does not settle it, if worth saying.'),
  })
  .strict();

export const criterionAssessmentSchema = z.discriminatedUnion('status', [evidenced, unknown]);

type Criteria = { criteria: { criterion: string }[] };
function noCriterionTwice(a: Criteria, ctx: z.RefinementCtx) {
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

const paperReadingKind = z.literal('paper-reading', {
  error:
    'content/assessments holds only the site\'s reading of the paper ("kind": "paper-reading"); a city\'s own self-assessment is not published as a rating',
});

const paperReading = z
  .object({
    kind: paperReadingKind,
    city: z.string().describe('The id of the city assessed.'),
    asOf: z.literal(2014).describe('The ratings read the 2014 paper; they are not a current measurement.'),
    criteria: z
      .array(criterionAssessmentSchema)
      .describe('Criteria the paper speaks to. A criterion not listed has no evidence.'),
  })
  .strict();

const selfContextSchema = z
  .object({
    region: z.enum(regions).optional(),
    adminLevel: z.enum(adminLevels).optional(),
    districtType: z.enum(districtTypes).optional().describe('Green-field (new) or brown-field (existing), chapter 2.'),
  })
  .strict()
  .describe('What the city is, used for the similarity with other cities.');

const selfAnswer = z
  .object({
    criterion: criterionId,
    status: z.enum(criterionStatuses),
    note: z
      .string()
      .max(4000, { message: 'a note is at most 4,000 characters' })
      .optional()
      .describe("The city's own evidence, in any language."),
  })
  .strict();

const selfAssessment = z
  .object({
    kind: z.literal('self-assessment'),
    city: z.string().trim().max(200).optional().describe('The city as the assessor names it.'),
    assessedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, { message: 'a date is written YYYY-MM-DD' })
      .describe('When the answers were given (ISO 8601 date or date-time).'),
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
      .describe('The rung aimed for per characteristic: 1 Basic … 4 State-of-the-art.'),
    criteria: z.array(selfAnswer).describe('One answer per Annex 2 criterion; a criterion not listed has no evidence.'),
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
/** Either kind: the contract published at /data/assessment.schema.json. */
export const anyAssessmentSchema = z
  .discriminatedUnion('kind', [paperReading, selfAssessment])
  .superRefine(noCriterionTwice);

export type Assessment = z.infer<typeof assessmentSchema>;
export type CriterionStatus = (typeof criterionStatuses)[number];
export type SelfContext = z.infer<typeof selfContextSchema>;
export type SelfAssessmentFile = z.infer<typeof selfAssessmentFileSchema>;
