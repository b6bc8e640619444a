import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.json$/, '');

export const collections = {
  characteristics: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/characteristics`, generateId: fileName }),
    schema: characteristicSchema,
  }),
  cities: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/cities`, generateId: fileName }),
    schema: citySchema,
  }),
  assessments: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/assessments`, generateId: fileName }),
    schema: assessmentSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/sources`, generateId: fileName }),
    schema: sourceSchema,
  }),
  findings: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/findings`, generateId: fileName }),
    schema: findingSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '[!_]*.json', base: `${root}/glossary`, generateId: fileName }),
    schema: glossaryEntrySchema,
  }),
  caseFacts: defineCollection({
    loader: glob({ pattern: '[!_]*/facts.json', base: `${root}/cases`, generateId: ({ entry }) => entry.split('/')[0] }),
    schema: caseFactsSchema,
  }),
  caseTexts: defineCollection({
    // id: "<slug>/<lang>"
    loader: glob({ pattern: '[!_]*/{zh,en}.mdx', base: `${root}/cases`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: caseTextSchema,
  }),
};
