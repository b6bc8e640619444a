import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/lib/json-schema-file';
import { schemaFields, type JsonSchema } from '../../src/lib/json-schema-fields';
import { anyAssessmentSchema } from '../../src/schemas/any-assessment';
import { nextStepsFileSchema } from '../../src/schemas/next-steps';
import { assessmentsFileSchema, casesFileSchema, citiesFileSchema } from '../../src/schemas/open-data';

describe('schemaFields', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'The city.', 'x-description-zh': '城市。' },
      criteria: {
        type: 'array',
        items: {
          oneOf: [
            {
              type: 'object',
              properties: { status: { type: 'string', enum: ['met', 'not-met'] }, evidence: { type: 'object' } },
              required: ['status', 'evidence'],
            },
            { type: 'object', properties: { status: { const: 'no-evidence', type: 'string' } }, required: ['status'] },
          ],
        },
      },
      levels: {
        type: 'object',
        additionalProperties: { type: 'object', properties: { met: { type: 'array', items: { type: 'string' } } } },
      },
    },
    required: ['city'],
  };
  const fields = schemaFields(schema);
  const field = (path: string) => fields.find((f) => f.path === path);

  it('lists every field by path: [] for the items of a list, {} for the entries of a map', () => {
    expect(fields.map((f) => f.path)).toEqual([
      'city',
      'criteria',
      'criteria[].status',
      'criteria[].evidence',
      'levels',
      'levels{}.met',
    ]);
    expect(field('levels{}.met')?.types).toEqual(['string[]']);
  });

  it('joins what alternatives say of one field, and reads both languages of its meaning', () => {
    expect(field('criteria[].status')?.values).toEqual(['met', 'not-met', 'no-evidence']);
    expect(field('criteria[].status')?.required).toBe(true);
    expect(field('city')).toMatchObject({ required: true, about: { en: 'The city.', zh: '城市。' } });
    expect(field('levels')?.required).toBe(false);
  });
});

describe('the published JSON files', () => {
  it.each([
    ['cities.json', citiesFileSchema],
    ['assessments.json', assessmentsFileSchema],
    ['cases.json', casesFileSchema],
    ['next-steps.json', nextStepsFileSchema],
    ['an assessment file', anyAssessmentSchema],
  ] as const)('%s: every field says what it means in English and in Chinese', (_, schema) => {
    const fields = schemaFields(jsonSchemaOf(schema));
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((f) => !f.about.en || !f.about.zh).map((f) => f.path)).toEqual([]);
  });
});
