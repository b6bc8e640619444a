import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { localizedText } from './localized';

export const criterionStatuses = ['met', 'not-met', 'no-evidence'] as const;

const evidenced = z
  .object({
    criterion: z.string().describe('A criterion id from content/characteristics.'),
    status: z.enum(['met', 'not-met']),
    evidence: localizedText.describe('What the paper says that decides the criterion, in our own words.'),
    basis: z
      .enum(['city', 'group'])
      .default('city')
      .describe('group: the paper says it of a whole group (e.g. all Chinese pilot cities), which counts for each member.'),
    cite: citationSchema,
  })
  .strict();

const unknown = z
  .object({
    criterion: z.string(),
    status: z.literal('no-evidence'),
    note: localizedText.optional().describe('Why the paper does not settle it, if worth saying.'),
  })
  .strict();

export const criterionAssessmentSchema = z.discriminatedUnion('status', [evidenced, unknown]);

export const assessmentSchema = z
  .object({
    city: z.string().describe('The id of the city assessed.'),
    asOf: z.literal(2014).describe('The ratings read the 2014 paper; they are not a current measurement.'),
    criteria: z
      .array(criterionAssessmentSchema)
      .describe('Criteria the paper speaks to. A criterion not listed has no evidence.'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.criteria.forEach((c, i) => {
      if (seen.has(c.criterion)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['criteria', i, 'criterion'],
          message: `criterion "${c.criterion}" is assessed twice`,
        });
      }
      seen.add(c.criterion);
    });
  });
export type Assessment = z.infer<typeof assessmentSchema>;
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;
export type CriterionStatus = (typeof criterionStatuses)[number];
