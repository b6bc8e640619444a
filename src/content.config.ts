import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from './schemas/zod';
import { assessmentSchema } from './schemas/assessment';
import { caseFactsSchema, caseTextSchema } from './schemas/case';
import { characteristicSchema } from './schemas/characteristic';
import { citySchema, contributedCitySchema } from './schemas/city';
import { cityReportFileSchema } from './schemas/city-report';
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

/**
 * Files of content/reports. content/ holds no contribution until a city sends one, so the folder may be missing:
 * the collection is then empty, without the glob loader's warning on every build.
 */
const fromReports = (pattern: string, id: (entry: string) => string) =>
  existsSync(`${root}/reports`)
    ? glob({ pattern, base: `${root}/reports`, generateId: ({ entry }) => id(entry) })
    : () => [];

export const collections = {
  characteristics: jsonFolder('characteristics', characteristicSchema),
  cities: jsonFolder('cities', citySchema),
  assessments: jsonFolder('assessments', assessmentSchema),
  sources: jsonFolder('sources', sourceSchema),
  findings: jsonFolder('findings', findingSchema),
  glossary: jsonFolder('glossary', glossaryEntrySchema),
  // Issue 20: cities' own reviewed reports, content/reports/<city>/<asOf>.json (id "<city>/<asOf>"), and the
  // cities the paper does not name that they bring (content/reports/<city>/city.json).
  reports: defineCollection({
    loader: fromReports('[!_]*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].json', (entry) =>
      entry.replace(/\.json$/, ''),
    ),
    schema: cityReportFileSchema,
  }),
  contributedCities: defineCollection({
    loader: fromReports('[!_]*/city.json', (entry) => entry.split('/')[0]),
    schema: contributedCitySchema,
  }),
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
