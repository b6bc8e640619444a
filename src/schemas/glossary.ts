import { z } from './zod';
import { businessModels, fundingInstruments, glossaryRelationKinds } from '../lib/taxonomy';
import { citationSchema } from './citation';
import { localizedText } from './localized';

/** Any term the glossary explains: a funding instrument or a business model (the ids do not overlap). */
const glossaryIdSchema = z.enum([...fundingInstruments, ...businessModels]);

/**
 * How an entry relates to another one, as the paper puts it: `form-of` says this term is a kind of the
 * other (the catalogue then also lists its cases under the other), `related` only points the reader to it.
 * The note says in our words what the paper says about the two; the citation says where.
 */
const relationSchema = z
  .object({
    kind: z.enum(glossaryRelationKinds),
    to: glossaryIdSchema.describe('The id of the other glossary entry.'),
    note: localizedText.describe('How the paper relates the two terms, in our words.'),
    cite: citationSchema,
  })
  .strict();

/** A wording the paper uses for the entry's term other than the glossary's own label. */
const paperTermSchema = z
  .object({
    term: localizedText.describe("The paper's wording (zh, as printed) and an English rendering."),
    cite: citationSchema,
  })
  .strict();

// Optional, not defaulted to []: Astro's content store keeps an unchanged file's parsed data across builds
// even when a schema it imports changes (it only watches src/content.config.ts), so a default added
// later would be missing from cached entries; readers write `?? []` instead.
const entryFields = {
  definition: localizedText,
  paperTerms: z.array(paperTermSchema).optional(),
  relations: z.array(relationSchema).optional(),
  cite: citationSchema,
};

const noRelationToItself = (entry: { id: string; relations?: { to: string }[] }, ctx: z.RefinementCtx) =>
  entry.relations?.forEach((relation, i) => {
    if (relation.to === entry.id)
      ctx.addIssue({ code: 'custom', path: ['relations', i, 'to'], message: `"${entry.id}" cannot relate to itself` });
  });

/** A funding instrument or business model the paper names; its label lives in the UI dictionaries. */
export const glossaryEntrySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('funding-instrument'), id: z.enum(fundingInstruments), ...entryFields }).strict(),
    z.object({ kind: z.literal('business-model'), id: z.enum(businessModels), ...entryFields }).strict(),
  ])
  .superRefine(noRelationToItself);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryRelation = z.infer<typeof relationSchema>;
