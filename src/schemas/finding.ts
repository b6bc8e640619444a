import { z } from './zod';
import { characteristicIds, paperLevels } from '../lib/levels';
import { cooperationRegions } from '../lib/places';
import { citationSchema } from './citation';
import { localizedText } from './localized';

/** Table 2: market-size estimates, each with the firm that made it. */
const marketEstimates = z
  .object({
    kind: z.literal('market-estimates'),
    id: z.string(),
    title: localizedText,
    note: localizedText.optional(),
    rows: z.array(z.object({ source: localizedText, estimate: localizedText, cite: citationSchema }).strict()).min(1),
    cite: citationSchema,
  })
  .strict();

const shares = z
  .array(z.number().min(0).max(100))
  .length(paperLevels.length, { message: `give one share per level, in the order ${paperLevels.join(', ')}` });

/** Table 3: the official share of assessed pilot cities at each level, per characteristic and region. */
const maturityDistribution = z
  .object({
    kind: z.literal('maturity-distribution'),
    id: z.string(),
    title: localizedText,
    note: localizedText.describe('How the table was read and what it covers.'),
    euSample: z.array(z.string()).describe('City ids of the EU pilots the EU figures cover.'),
    rows: z.array(z.object({ characteristic: z.enum(characteristicIds), cn: shares, eu: shares }).strict()).min(1),
    cite: citationSchema,
  })
  .strict();

/** Figures the paper prints in its text, such as the broadband figures of chapter 5. */
const figures = z
  .object({
    kind: z.literal('figures'),
    id: z.string(),
    title: localizedText,
    note: localizedText.optional(),
    rows: z
      .array(
        z
          .object({
            region: z.enum(cooperationRegions),
            measure: localizedText,
            figure: localizedText,
            cite: citationSchema,
          })
          .strict(),
      )
      .min(1),
    cite: citationSchema,
  })
  .strict();

/** A survey the paper prints (box 11): who asked whom, and each main finding with its figure as printed. */
const survey = z
  .object({
    kind: z.literal('survey'),
    id: z.string(),
    title: localizedText,
    surveyed: localizedText.describe('Who ran the survey, when, and whom it asked, as the paper says.'),
    note: localizedText.optional(),
    rows: z
      .array(
        z
          .object({
            finding: localizedText.describe('The main finding the figure belongs to.'),
            measure: localizedText,
            figure: localizedText.describe('The figure exactly as printed, with its unit.'),
            cite: citationSchema,
          })
          .strict(),
      )
      .min(1),
    cite: citationSchema,
  })
  .strict();

/**
 * A passage of the paper in our own words, paragraph by paragraph, such as its smart-city concept (chapter 2,
 * section 1) or its follow-up plans (chapter 7). A paragraph without its own citation has the passage's.
 */
const summary = z
  .object({
    kind: z.literal('summary'),
    id: z.string(),
    title: localizedText,
    paragraphs: z.array(z.object({ text: localizedText, cite: citationSchema.optional() }).strict()).min(1),
    cite: citationSchema,
  })
  .strict();

export const findingSchema = z.discriminatedUnion('kind', [
  marketEstimates,
  maturityDistribution,
  figures,
  survey,
  summary,
]);
export type Finding = z.infer<typeof findingSchema>;
