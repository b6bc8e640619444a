/**
 * The JSON files of /data/ as they are published: each endpoint parses its body with one of these before
 * writing it, and /data/<file>.schema.json is made from the same schema, so a file cannot drift from its schema.
 */
import { characteristicIds, levels, rungs } from '../lib/levels';
import { regions } from '../lib/places';
import { criterionAssessmentSchema } from './assessment';
import { caseFactsSchema, caseTextSchema } from './case';
import { citySchema } from './city';
import { localizedText } from './localized';
import { z } from './zod';

/** /data/cities.json: every city as its content file has it. */
export const citiesFileSchema = z.array(citySchema).describe('Every city the site knows, in id order.');

/** /data/cases.json: every case's facts, with its title and summary in both languages. */
export const casesFileSchema = z
  .array(
    z
      .object({
        id: z.string().describe('The case id, as in its page address /<lang>/cases/<id>/.'),
        title: localizedText.describe(caseTextSchema.shape.title.description ?? 'The title.'),
        summary: localizedText.describe('One or two sentences for lists and search results.'),
        ...caseFactsSchema.shape,
      })
      .strict(),
  )
  .describe('Every case, in id order.');

const levelSchema = z.enum(levels);
const ratedLevelSchema = z.enum(levels.filter((l) => l !== 'not-assessed') as [string, ...string[]]);

/** One characteristic's score, as src/lib/scoring.ts computes it. */
const characteristicScoreSchema = z
  .object({
    assessed: z.boolean().describe('False when no criterion has evidence, or the characteristic has no ladder.'),
    level: levelSchema.describe('The level the evidence proves (Table 3 bounds applied where it covers the city).'),
    possible: levelSchema.describe('The highest level the criteria without evidence would still allow.'),
    met: z.array(z.string()).describe('Criteria the evidence says are met.'),
    notMet: z.array(z.string()).describe('Criteria the evidence says are not met.'),
    unknown: z.array(z.string()).describe('Criteria without evidence.'),
    next: z
      .object({
        rung: z.enum(rungs),
        notMet: z.array(z.string()),
        unknown: z.array(z.string()),
      })
      .strict()
      .nullable()
      .describe('What the rung above the proven level still needs; null at the top or when not assessed.'),
    table3: z
      .object({
        region: z.enum(regions),
        floor: ratedLevelSchema.optional(),
        ceiling: ratedLevelSchema.optional(),
        raisedByFloor: z.boolean(),
        loweredByCeiling: z.boolean(),
      })
      .strict()
      .optional()
      .describe("For a city Table 3 covers: the lowest and highest level it shows for the city's group."),
  })
  .strict();

/** /data/assessments.json: every city's evidence and computed levels. */
export const assessmentsFileSchema = z
  .object({
    note: z.string().describe('What the levels are and are not.'),
    assessments: z.array(
      z
        .object({
          city: z.string().describe('The city id, as in /data/cities.json.'),
          asOf: z.literal(2014).describe('The ratings read the 2014 paper; they are not a current measurement.'),
          criteria: z
            .array(criterionAssessmentSchema)
            .describe('Criteria the paper speaks to. A criterion not listed has no evidence.'),
          levels: z
            .partialRecord(z.enum(characteristicIds), characteristicScoreSchema)
            .describe('Per characteristic, the computed score.'),
        })
        .strict(),
    ),
  })
  .strict();
