/** A published JSON Schema: made from the zod schema the build checks the file with, titled. */
import { z } from '../schemas/zod';
import type { JsonSchema } from './json-schema-fields';

/** The JSON Schema of a zod schema, as the site publishes it (the input side: defaults may be left out). */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

export const jsonSchemaFile = (title: string, schema: z.ZodType): string =>
  JSON.stringify({ title, ...jsonSchemaOf(schema) }, null, 2);
