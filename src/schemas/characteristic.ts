import { z } from './zod';
import { characteristicIds, rungs } from '../lib/levels';
import { citationSchema } from './citation';
import { localizedText } from './localized';

export const characteristicIdSchema = z.enum(characteristicIds);

/** Criterion ids read `<characteristic>.<rung>.<slug>`, e.g. `strategy.average.ict-plan`. */
export const criterionIdPattern = /^[a-z-]+\.(basic|average|more-advanced|state-of-the-art)\.[a-z0-9-]+$/;

const criterionSchema = z
  .object({
    id: z.string().regex(criterionIdPattern, {
      message: 'a criterion id reads <characteristic>.<rung>.<slug>, e.g. strategy.average.ict-plan',
    }),
    text: localizedText.describe(
      'What a city must have achieved to meet this criterion (Annex 2, in our words). An achievement that stays true as the city climbs: never a limitation of its stage, which goes in the stage description.',
    ),
    note: localizedText
      .optional()
      .describe('Where and why this wording departs from the paper’s Annex 2 stage description, if it does.'),
  })
  .strict();

const rungCriteria = z.array(criterionSchema).min(1, { message: 'every rung needs at least one criterion' });

/** Annex 2 ladder: the criteria of each rung. Legal & regulatory policy has none (questions only). */
const ladderSchema = z
  .object(
    Object.fromEntries(rungs.map((rung) => [rung, rungCriteria])) as Record<
      (typeof rungs)[number],
      typeof rungCriteria
    >,
  )
  .strict();

/**
 * What a city at each stage is like and typically still lacks: the limitations Annex 2 writes into its
 * stage descriptions ("models unlikely to outlast the pilot"). They are shown beside the criteria and
 * never scored, so that a city meeting a higher rung truthfully meets every lower rung's criteria too.
 */
const stageText = localizedText.describe(
  'What a city at this stage is like and typically still lacks (Annex 2, in our words); shown, never scored.',
);
const stagesSchema = z
  .object(
    Object.fromEntries(rungs.map((rung) => [rung, stageText])) as Record<(typeof rungs)[number], typeof stageText>,
  )
  .strict();

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: localizedText.describe('An Annex 1 question, in our own words.'),
    prompts: z.array(localizedText).default([]).describe('The sub-points Annex 1 lists under the question.'),
  })
  .strict();

const noteSchema = z
  .object({
    title: localizedText.optional(),
    text: localizedText,
    cite: citationSchema,
  })
  .strict();

export const characteristicSchema = z
  .object({
    id: characteristicIdSchema,
    order: z.number().int().min(1).max(9).describe('Position in the framework (1–9, chapter 3).'),
    name: localizedText,
    summary: localizedText.describe('What the characteristic covers, in a sentence or two.'),
    questions: z.array(questionSchema).min(1, { message: 'Annex 1 gives every characteristic questions' }),
    ladder: ladderSchema.nullable().describe('Annex 2 criteria per rung; null where the paper gives no rubric.'),
    stages: stagesSchema
      .nullable()
      .describe('Annex 2 stage description per rung, beside the ladder; null exactly when the ladder is.'),
    recommendations: z.array(noteSchema).default([]).describe('Chapter 6 recommendations.'),
    challenges: z.array(noteSchema).default([]).describe('Chapter 5 trends and challenges that belong here.'),
    cite: citationSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.ladder !== !c.stages) {
      ctx.addIssue({
        code: 'custom',
        path: ['stages'],
        message: c.ladder
          ? 'a characteristic with a ladder needs a stage description for every rung'
          : 'stage descriptions need a ladder: set stages to null where ladder is null',
      });
    }
    if (!c.ladder) return;
    if (!c.cite.at.includes('annex2')) {
      ctx.addIssue({
        code: 'custom',
        path: ['cite', 'at'],
        message: 'a characteristic with a ladder cites the paper’s Annex 2 (annex2), where the ladder comes from',
      });
    }
    const seen = new Set<string>();
    for (const rung of rungs) {
      c.ladder[rung].forEach((criterion, i) => {
        const [owner, ownRung] = criterion.id.split('.');
        if (owner !== c.id || ownRung !== rung) {
          ctx.addIssue({
            code: 'custom',
            path: ['ladder', rung, i, 'id'],
            message: `criterion "${criterion.id}" must start with "${c.id}.${rung}." to sit on this rung`,
          });
        }
        if (seen.has(criterion.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['ladder', rung, i, 'id'],
            message: `criterion "${criterion.id}" appears twice`,
          });
        }
        seen.add(criterion.id);
      });
    }
  });
export type Characteristic = z.infer<typeof characteristicSchema>;
export type Ladder = z.infer<typeof ladderSchema>;
