import { z } from './zod';
import { businessModels, fundingInstruments } from '../lib/taxonomy';
import { citationSchema } from './citation';
import { localizedText } from './localized';

/** A funding instrument or business model the paper names; its label lives in the UI dictionaries. */
export const glossaryEntrySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('funding-instrument'),
      id: z.enum(fundingInstruments),
      definition: localizedText,
      cite: citationSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('business-model'),
      id: z.enum(businessModels),
      definition: localizedText,
      cite: citationSchema,
    })
    .strict(),
]);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
