import { z } from './zod';
import { rungs } from '../lib/levels';
import { characteristicIdSchema } from './characteristic';
import { citationSchema } from './citation';
import { localizedText } from './localized';
import {
  businessModelSchema,
  caseScopeSchema,
  fundingInstrumentSchema,
  serviceDomainSchema,
  technologySchema,
} from './taxonomy';

const citedText = z.object({ text: localizedText, cite: citationSchema }).strict();

/** A figure exactly as the paper prints it, with what it measures. */
const outcomeSchema = z
  .object({
    measure: localizedText.describe('What the figure measures.'),
    figure: localizedText.describe(
      'The number with its unit or currency, exactly as printed (e.g. 20%, 81 亿美元 / USD 8.1 billion).',
    ),
    cite: citationSchema,
  })
  .strict();

/**
 * The facts Annex 1 item 8 asks of every service. Each is optional: absent means the paper
 * does not say, and the site shows it as unknown.
 */
const serviceProfileSchema = z
  .object({
    launched: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/)
      .optional()
      .describe('Year (or year-month) the service started.'),
    scalable: z.boolean().optional().describe('Can it be extended to other cities?'),
    cloud: z.boolean().optional().describe('Delivered from the cloud?'),
    offer: z.enum(['single', 'integrated']).optional().describe('A single service or part of an integrated offer.'),
    openApi: z.boolean().optional(),
    iot: z.boolean().optional(),
    targetGroups: z.array(localizedText).optional(),
    financialBenefits: localizedText.optional(),
    nonFinancialBenefits: localizedText.optional(),
    digitalInclusion: localizedText.optional().describe('Measures for people with little digital literacy.'),
    cite: citationSchema,
  })
  .strict();

/** The language-neutral facts of a case: content/cases/<slug>/facts.json. */
export const caseFactsSchema = z
  .object({
    cities: z.array(z.string()).describe('City ids; empty for a national programme with no named city.'),
    scope: caseScopeSchema,
    characteristics: z.array(characteristicIdSchema).min(1, { message: 'a case shows at least one characteristic' }),
    exemplifies: z
      .array(z.object({ characteristic: characteristicIdSchema, rung: z.enum(rungs), cite: citationSchema }).strict())
      .default([])
      .describe('The rung a case illustrates, only where the paper ties it to one.'),
    serviceDomains: z.array(serviceDomainSchema).default([]),
    technologies: z.array(technologySchema).default([]),
    fundingInstruments: z.array(fundingInstrumentSchema).default([]),
    businessModels: z.array(businessModelSchema).default([]),
    years: z.array(z.number().int().min(1990).max(2030)).default([]).describe('Years the paper names for the case.'),
    outcomes: z.array(outcomeSchema).default([]),
    service: serviceProfileSchema.optional(),
    preconditions: z.array(citedText).default([]),
    challenges: z.array(citedText).default([]),
    sources: z.array(z.string()).default([]).describe('Ids of platforms and programmes in content/sources.'),
    cite: citationSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.scope === 'city' && c.cities.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['cities'],
        message: `a case of scope "city" names exactly one city (it names ${c.cities.length})`,
      });
    }
    if (c.scope === 'several-cities' && c.cities.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['cities'],
        message: 'a case of scope "several-cities" names at least two cities',
      });
    }
  });

/** The frontmatter of content/cases/<slug>/<lang>.mdx; the body tells the story. */
export const caseTextSchema = z
  .object({
    title: z.string().trim().min(1, { message: 'the title is empty' }),
    summary: z
      .string()
      .trim()
      .min(1, { message: 'the summary is empty' })
      .describe('One or two sentences for lists and search results.'),
  })
  .strict();

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseText = z.infer<typeof caseTextSchema>;
