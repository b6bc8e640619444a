/** A published JSON Schema: made from the zod schema the build checks the file with, titled. */
import { z } from '../schemas/zod';

export const jsonSchemaFile = (title: string, schema: z.ZodType): string =>
  JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2);
