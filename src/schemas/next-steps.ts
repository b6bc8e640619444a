import { rungs } from '../lib/levels';
import { citationSchema } from './citation';
import { localizedText } from './localized';
import { z } from './zod';

/** One entry of the "learn next from" report, as /data/next-steps.json publishes it. */
export const nextStepEntrySchema = z
  .object({
    city: z.string().describe('The city that climbs (the learner).'),
    characteristic: z.string().describe('The characteristic it climbs on.'),
    rung: z.enum(rungs).describe('The rung it climbs to next.'),
    lacking: z.array(z.string()).describe('Criteria of that rung the city does not meet yet (met by no evidence).'),
    teacher: z.string().describe('The city to learn from.'),
    kind: z
      .enum(['a', 'b', 'c'])
      .describe(
        'a: proven exactly one rung up; b: its evidence meets criteria the learner lacks for its next rung; c: its evidence meets a higher criterion the learner lacks (a step further on), offered only where no a or b exists.',
      ),
    criteria: z
      .array(z.object({ criterion: z.string(), evidence: localizedText, cite: citationSchema }).strict())
      .describe("The criteria the teacher shows, with the paper's evidence and where it says so."),
    cases: z.array(z.string()).describe("The teacher's cases on this characteristic (ids in /data/cases.json)."),
    similarity: z
      .object({
        score: z.number().min(0).max(1),
        sharedCharacteristics: z.number().int().min(0).describe('How many other characteristics the score rests on.'),
      })
      .strict(),
  })
  .strict();

export const nextStepsFileSchema = z
  .object({
    note: z.string(),
    entries: z.array(nextStepEntrySchema),
  })
  .strict();
export type NextStepEntry = z.infer<typeof nextStepEntrySchema>;
