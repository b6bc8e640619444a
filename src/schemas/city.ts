import { z } from './zod';
import { adminLevels, districtTypes, regions } from '../lib/places';
import { citationSchema } from './citation';
import { localizedText } from './localized';

export const citySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: 'a city id is lower-case letters, digits and hyphens' }),
    name: localizedText,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'use the ISO 3166-1 alpha-2 code, e.g. CN, NL' })
      .describe('ISO 3166-1 alpha-2 country code (reference data).'),
    region: z.enum(regions).describe('eu and cn for the two sides of the cooperation; other for cities elsewhere.'),
    role: z
      .enum(['pilot', 'cited'])
      .describe('pilot: one of the 30 pilot cities of Table 1; cited: a city the paper describes.'),
    coordinates: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .describe('WGS84 degrees (reference data).'),
    adminLevel: z
      .enum(adminLevels)
      .describe('A whole city, or a district or new area inside one (Pudong, Haidian, Qianhai are not whole cities).'),
    parent: localizedText.optional().describe('The city a district or new area belongs to.'),
    districtType: z
      .object({ value: z.enum(districtTypes), cite: citationSchema })
      .strict()
      .optional()
      .describe('Green-field (new) or brown-field (existing), chapter 2, only where the paper says so.'),
    cite: citationSchema.describe('Where the paper names the city.'),
  })
  .strict()
  .superRefine((city, ctx) => {
    if (city.adminLevel !== 'city' && !city.parent) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: `a ${city.adminLevel} needs the city it belongs to (parent)`,
      });
    }
  });
export type City = z.infer<typeof citySchema>;
