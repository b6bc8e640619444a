import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from './schemas/zod';
import { assessmentSchema } from './schemas/assessment';
import { caseFactsSchema, caseTextSchema } from './schemas/case';
import { characteristicSchema } from './schemas/characteristic';
import { citySchema } from './schemas/city';
import { findingSchema } from './schemas/finding';
import { glossaryEntrySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';

// scripts/check-content.ts runs before Astro and reports cross-file problems (unknown city,
// criterion, source, missing language); these collections re-apply the same schemas.
// SCL_CONTENT_DIR points the build at another tree (a synthetic corpus for benchmarks).
const root = process.env.SCL_CONTENT_DIR ?? './content';

/** One JSON file per entry, named by its id. */
const jsonFolder = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({
    loader: glob({
      pattern: '[!_]*.json',
      base: `${root}/${folder}`,
      generateId: ({ entry }) => entry.replace(/\.json$/, ''),
    }),
    schema,
  });

export const collections = {
  characteristics: jsonFolder('characteristics', characteristicSchema),
  cities: jsonFolder('cities', citySchema),
  assessments: jsonFolder('assessments', assessmentSchema),
  sources: jsonFolder('sources', sourceSchema),
  findings: jsonFolder('findings', findingSchema),
  glossary: jsonFolder('glossary', glossaryEntrySchema),
  caseFacts: defineCollection({
    loader: glob({
      pattern: '[!_]*/facts.json',
      base: `${root}/cases`,
      generateId: ({ entry }) => entry.split('/')[0],
    }),
    schema: caseFactsSchema,
  }),
  caseTexts: defineCollection({
    // id: "<slug>/<lang>"
    loader: glob({
      pattern: '[!_]*/{zh,en}.mdx',
      base: `${root}/cases`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: caseTextSchema,
  }),
};
