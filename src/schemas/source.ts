import { z } from './zod';
import { citationSchema } from './citation';
import { localizedText } from './localized';

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['publication', 'platform', 'programme', 'organisation', 'index']),
    name: localizedText,
    description: localizedText,
    year: z.number().int().min(1990).max(2014).optional().describe('Only where the paper gives it.'),
    url: z.url().optional().describe('Shown as text for reference; the site never loads it.'),
    cite: citationSchema.optional().describe('Where the white paper names it; absent only for the paper itself.'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
